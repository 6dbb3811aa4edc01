import type { Writable } from 'node:stream';
import { buildManifest } from '../slack/build-manifest.ts';

const USAGE = 'usage: dockhand manifest --url https://your.host | --socket\n';

function parseManifestArgs(args: string[]): { url: string } | { socket: true } | null {
  if (args.length === 1 && args[0] === '--socket') return { socket: true };
  const at = args.indexOf('--url');
  const inline = args.find((a) => a.startsWith('--url='));
  const url = inline ? inline.slice('--url='.length) : at >= 0 ? args[at + 1] : undefined;
  return url && args.length <= 2 ? { url } : null;
}

/** `dockhand manifest`: the app manifest an admin pastes at api.slack.com/apps → From a manifest. */
export function manifestCommand(args: string[], out: Writable, err: Writable): number {
  const options = parseManifestArgs(args);
  if (!options) {
    err.write(USAGE);
    return 2;
  }
  try {
    out.write(`${JSON.stringify(buildManifest(options), null, 2)}\n`);
    return 0;
  } catch (e) {
    // buildManifest explains a bad URL (not https, not a URL) in its message.
    err.write(`dockhand manifest: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
}
