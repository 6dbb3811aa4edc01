import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.ts';
import type { ClientFacts } from '../format/format-version.ts';

const pkg = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string };

// Go's GOARCH names, so "OS/Arch" reads like the CLI's.
const GO_ARCH: Record<string, string> = { x64: 'amd64', ia32: '386', arm64: 'arm64', arm: 'arm', ppc64: 'ppc64le', s390x: 's390x' };

/** Dockhand describing itself in the Client sections of `version` and `info`. */
export function clientFacts(apiVersion: string): ClientFacts {
  return {
    name: 'Dockhand',
    version: pkg.version,
    apiVersion,
    osArch: `${process.platform}/${GO_ARCH[process.arch] ?? process.arch}`,
    context: 'sandbox',
  };
}
