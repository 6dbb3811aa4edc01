import type { Writable } from 'node:stream';
import { seedSandbox } from '../sandbox/demo/seed-sandbox.ts';
import { readSandboxEnv } from '../sandbox/read-sandbox-env.ts';

const USAGE = 'usage: dockhand sandbox seed [--host unix:///var/run/docker.sock | tcp://host:2376 | ssh://user@host]\n';

/**
 * `dockhand sandbox seed`: the demo's course state on a real sandbox host, for its admin. The
 * host is --host, else SANDBOX_DOCKER_HOST / DOCKER_HOST as for the app; what exists is kept.
 */
export function sandboxSeedCommand(args: string[], env: NodeJS.ProcessEnv, out: Writable, err: Writable): number {
  const at = args.indexOf('--host');
  const inline = args.find((a) => a.startsWith('--host='));
  const given = inline ? inline.slice('--host='.length) : at >= 0 ? args[at + 1] : undefined;
  if (args.length > (inline ? 1 : at >= 0 ? 2 : 0) || (at >= 0 && !given)) {
    err.write(USAGE);
    return 2;
  }
  const host = readSandboxEnv(given ? { ...env, SANDBOX_DOCKER_HOST: given } : env).host;
  try {
    const report = seedSandbox(host);
    out.write(`seeded ${host}\n  created: ${report.created.join(', ') || 'nothing'}\n  already there: ${report.kept.join(', ') || 'nothing'}\n`);
    return 0;
  } catch (e) {
    const lines = String((e as { stderr?: string }).stderr || (e as Error).message).trim().split('\n');
    err.write(`dockhand sandbox seed: ${lines.at(-1)}\n`);
    return 1;
  }
}
