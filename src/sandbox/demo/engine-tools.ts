import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian packages the demo engine needs: dockerd (and a docker CLI), a static busybox, a C compiler. */
export const DEMO_PACKAGES = ['docker.io', 'busybox-static', 'gcc', 'libc6-dev'] as const;

const has = (cmd: string, args: string[] = ['--version']) => {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/** A static busybox: the dynamic one of Debian's `busybox` package cannot run in an image FROM scratch. */
function hasStaticBusybox(): boolean {
  if (!existsSync('/bin/busybox')) return false;
  const ldd = spawnSync('ldd', ['/bin/busybox'], { encoding: 'utf8' });
  return ldd.status !== 0 || /not a dynamic executable|statically linked/.test(`${ldd.stdout}${ldd.stderr}`);
}

/** Which of the demo's packages are missing here. gcc is optional: a built-in hello stands in. */
export function missingPackages(): string[] {
  const missing: string[] = [];
  if (!has('dockerd') || !has('docker')) missing.push('docker.io');
  if (!hasStaticBusybox()) missing.push('busybox-static');
  if (!has('gcc')) missing.push('gcc', 'libc6-dev');
  return missing;
}

/** Why this machine cannot run a private dockerd at all, with what to do instead; null when it can. */
export function cannotRunDockerd(): string | null {
  if (process.platform !== 'linux') {
    return 'the demo starts a private Docker Engine, which needs Linux. Elsewhere, point SANDBOX_DOCKER_HOST at a Docker Engine (seed it with `npm run --silent dockhand -- sandbox seed`) and run `npm start`.';
  }
  if (process.getuid?.() !== 0) {
    return 'the demo starts a private Docker Engine (dockerd), which needs root. Run it as root: `sudo npm run demo`.';
  }
  return null;
}

/**
 * Installs the missing packages with apt-get (root on Debian/Ubuntu), refreshing the package lists
 * only when the first try finds nothing to install. Returns what is still missing.
 */
export function installPackages(missing: string[], log: (line: string) => void): string[] {
  if (missing.length === 0) return [];
  if (!has('apt-get', ['--version'])) return missing;
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', ...missing], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    }).status === 0;
  log(`installing ${missing.join(' ')} with apt-get…`);
  if (!install()) {
    log('apt-get update…');
    spawnSync('apt-get', ['update'], { stdio: ['ignore', 'ignore', 'inherit'] });
    install();
  }
  return missingPackages().filter((p) => missing.includes(p));
}
