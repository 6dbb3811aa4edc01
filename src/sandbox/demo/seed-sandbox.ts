import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../package-root.ts';
import { compileHello } from './compile-hello.ts';

// From the package root, not this module: tsc copies no assets into dist/.
const HELLO_C = join(PACKAGE_ROOT, 'src', 'sandbox', 'demo', 'assets', 'hello.c');

/** The course's names: the notes' images and containers, and the ones the cards and help use. */
export const SEED = {
  helloImage: 'hello-world:latest',
  notesImage: 'fishboneapps/hello-world:latest',
  busyboxImage: 'dockhand/busybox:latest',
  centosImage: 'centos:latest',
  committedImage: 'fishboneapps/centos-vim:latest',
  builtImage: 'fishboneapps/centos-vim-new:latest',
  running: 'web',
  exitedOk: 'done-ok',
  exitedFail: 'failed',
  created: 'fresh',
  hello: 'hello-run',
  notesContainer: 'upbeat_albattani',
} as const;

const LABEL = 'org.dockhand.seed';

/** What seeding did, for the admin's log: what it created and what was already there. */
export interface SeedReport {
  created: string[];
  kept: string[];
}

export interface SeedOptions {
  /** The docker CLI to drive (default: `docker` on PATH). */
  docker?: string;
  /** Where to read `/bin/busybox` from: a static busybox (Debian's busybox-static). */
  busybox?: string;
}

type Docker = (...args: string[]) => string;

function dockerFor(host: string, cli: string): Docker {
  return (...args) =>
    execFileSync(cli, args, {
      // The classic builder: no buildx plugin needed, and `--network none` applies to RUN steps.
      env: { ...process.env, DOCKER_HOST: host, DOCKER_BUILDKIT: '0', DOCKER_CLI_HINTS: 'false' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
}

function exists(docker: Docker, kind: 'image' | 'container', name: string): boolean {
  try {
    docker(kind, 'inspect', '--format', '{{.Id}}', name);
    return true;
  } catch {
    return false;
  }
}

/** Files for a build context: a path to copy, or `{ text }` to write (mode 755). */
type ContextFile = string | { text: string };

function build(docker: Docker, dockerfile: string, files: Record<string, ContextFile>, tags: string[]): void {
  const ctx = mkdtempSync(join(tmpdir(), 'dh-ctx-'));
  try {
    writeFileSync(join(ctx, 'Dockerfile'), dockerfile);
    for (const [name, from] of Object.entries(files)) {
      if (typeof from === 'string') copyFileSync(from, join(ctx, name));
      else writeFileSync(join(ctx, name), from.text, { mode: 0o755 });
    }
    docker('build', '-q', '--network', 'none', ...tags.flatMap((t) => ['-t', t]), ctx);
  } finally {
    rmSync(ctx, { recursive: true, force: true });
  }
}

/** The notes' Dockerfile, word for word: FROM scratch, ADD hello /, CMD ["/hello"]. */
function buildHello(docker: Docker): void {
  const out = mkdtempSync(join(tmpdir(), 'dh-hello-'));
  try {
    const hello = compileHello(HELLO_C, join(out, 'hello'));
    build(docker, 'FROM scratch\nADD hello /\nCMD ["/hello"]\n', { hello }, [SEED.helloImage, SEED.notesImage]);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const BUSYBOX = (label: string) =>
  `FROM scratch\nADD busybox /bin/busybox\nRUN ["/bin/busybox", "--install", "-s", "/bin"]\nLABEL ${LABEL}="${label}"\nCMD ["/bin/sh"]\n`;

/**
 * No registry is reachable, so `centos` is a stand-in built FROM scratch: busybox, with /bin/bash
 * as its shell, so `docker run centos` exits at once with 0 exactly as in the notes. Its label says so.
 */
const CENTOS = `FROM scratch
ADD busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
ADD bash /bin/bash
LABEL ${LABEL}="centos stand-in: busybox, because the sandbox reaches no registry"
CMD ["/bin/bash"]
`;

/** The notes' `docker build -t fishboneapps/centos-vim-new .`, with busybox vi standing in for vim. */
const CENTOS_VIM = (version: string) => `FROM ${SEED.centosImage}
RUN ["/bin/sh", "-c", "mkdir -p /usr/bin && ln -s /bin/busybox /usr/bin/vim"]
LABEL ${LABEL}="centos-vim-new ${version}"
`;

interface Step {
  name: string;
  kind: 'image' | 'container';
  make(docker: Docker, busybox: string): void;
}

/** Exit codes are the state we want: `docker run` passes the container's own through. */
function runExpecting(docker: Docker, code: number, ...args: string[]): void {
  try {
    docker('run', ...args);
    if (code !== 0) throw new Error(`docker run ${args.join(' ')} exited 0, expected ${code}`);
  } catch (err) {
    if ((err as { status?: number }).status !== code) throw err;
  }
}

const STEPS: Step[] = [
  { name: SEED.helloImage, kind: 'image', make: (docker) => buildHello(docker) },
  { name: SEED.notesImage, kind: 'image', make: (docker) => buildHello(docker) },
  { name: SEED.busyboxImage, kind: 'image', make: (docker, busybox) => build(docker, BUSYBOX('busybox'), { busybox }, [SEED.busyboxImage]) },
  // busybox picks its applet by name and has none called bash: a two-line script stands in.
  { name: SEED.centosImage, kind: 'image', make: (docker, busybox) => build(docker, CENTOS, { busybox, bash: { text: '#!/bin/sh\nexec /bin/sh "$@"\n' } }, [SEED.centosImage]) },
  {
    name: SEED.builtImage,
    kind: 'image',
    // Built twice, as people do: the first build is left dangling (<none>:<none>) for `images -f dangling=true`.
    make: (docker) => {
      build(docker, CENTOS_VIM('1'), {}, [SEED.builtImage]);
      build(docker, CENTOS_VIM('2'), {}, [SEED.builtImage]);
    },
  },
  {
    name: SEED.running,
    kind: 'container',
    make: (docker) =>
      docker('run', '-d', '--network', 'none', '--name', SEED.running, '--label', 'tier=front',
        '-e', 'API_TOKEN=xoxb-not-a-real-token', '-e', 'GREETING=hello', SEED.busyboxImage,
        'sh', '-c', 'for i in $(seq 1 50); do echo "line $i"; done; echo "to stderr" >&2; exec sleep 100000'),
  },
  { name: SEED.exitedOk, kind: 'container', make: (docker) => runExpecting(docker, 0, '--network', 'none', '--name', SEED.exitedOk, SEED.busyboxImage, 'echo', 'all good') },
  {
    name: SEED.exitedFail,
    kind: 'container',
    make: (docker) => runExpecting(docker, 3, '--network', 'none', '--name', SEED.exitedFail, SEED.busyboxImage, 'sh', '-c', 'echo boom >&2; exit 3'),
  },
  { name: SEED.created, kind: 'container', make: (docker) => docker('create', '--network', 'none', '--name', SEED.created, SEED.busyboxImage, 'true') },
  { name: SEED.hello, kind: 'container', make: (docker) => runExpecting(docker, 0, '--network', 'none', '--name', SEED.hello, SEED.helloImage) },
  // The notes' `docker run centos`: no -it, so bash reads end of input and the container exits 0.
  { name: SEED.notesContainer, kind: 'container', make: (docker) => runExpecting(docker, 0, '--network', 'none', '--name', SEED.notesContainer, SEED.centosImage) },
  // The notes' `docker commit upbeat_albattani fishboneapps/centos-vim`.
  { name: SEED.committedImage, kind: 'image', make: (docker) => docker('commit', SEED.notesContainer, SEED.committedImage) },
];

/**
 * Seeds an engine with the course's own state: the notes' hello-world built FROM scratch from the
 * notes' hello.c, the centos of the notes' examples, and containers in every state (running, exited
 * 0 and non-zero, created), all with --network none. Idempotent: what exists is left as it is.
 */
export function seedSandbox(host: string, options: SeedOptions = {}): SeedReport {
  const docker = dockerFor(host, options.docker ?? 'docker');
  const busybox = options.busybox ?? '/bin/busybox';
  if (!existsSync(busybox)) throw new Error(`${busybox} is missing: install a static busybox (apt-get install -y busybox-static)`);
  const report: SeedReport = { created: [], kept: [] };
  for (const step of STEPS) {
    if (exists(docker, step.kind, step.name)) {
      report.kept.push(step.name);
      continue;
    }
    step.make(docker, busybox);
    report.created.push(step.name);
  }
  return report;
}
