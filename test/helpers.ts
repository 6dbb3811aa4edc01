import type { Card } from '../src/knowledge/card-schema.ts';
import type { Matcher, MatchResult } from '../src/match/matcher.ts';
import type { CommandHandler } from '../src/dispatch.ts';
import type { Input, Reply } from '../src/reply.ts';

/** A small valid card; override any field. */
export function makeCard(overrides: Partial<Card> = {}): Card {
  return {
    id: 'remove-exited-containers',
    section: 'containers',
    source: '認識 Container > Container 實作',
    title: { en: 'Remove exited containers', zh: '刪除退出的容器' },
    questions: { en: ['how do I remove exited containers'], zh: ['怎麼刪除退出的容器'] },
    keywords: { en: ['remove', 'exited'], zh: ['刪除', '退出'] },
    commands: [
      { cmd: 'docker container ls -f "status=exited" -q', readOnly: true },
      { cmd: 'docker container prune', readOnly: false, note: { en: 'asks first', zh: '會先確認' } },
    ],
    related: [],
    body: { en: 'Exited containers stay until removed.', zh: '退出的容器會一直留著，直到被刪除。' },
    file: 'remove-exited-containers.md',
    ...overrides,
  };
}

/** A matcher that returns a fixed result, so dispatcher tests don't depend on tuning. */
export function fixedMatcher(result: MatchResult): Matcher & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    match(text) {
      seen.push(text);
      return result;
    },
  };
}

/** A command handler that claims texts starting with `ps` and records what it was asked. */
export function recordingCommands(reply: Reply): CommandHandler & { seen: Input[] } {
  const seen: Input[] = [];
  return {
    seen,
    async handle(input) {
      seen.push(input);
      return input.text.startsWith('ps') ? reply : null;
    },
  };
}

/**
 * What a Docker Engine holds, read with the real docker CLI (not Dockhand's client): containers
 * with their state and file-system changes, images, networks, volumes. Equal before and after
 * means nothing was created, removed, started, stopped or written.
 */
export async function engineFingerprint(host: string): Promise<string> {
  const { execFileSync } = await import('node:child_process');
  // Sorted: the engine lists images built in the same second in no fixed order.
  const docker = (...args: string[]) =>
    execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: host }, encoding: 'utf8' }).trim().split('\n').sort().join('\n');
  const ids = docker('ps', '-aq', '--no-trunc').split('\n').filter(Boolean).sort();
  const state = '{{.Id}} {{.Name}} {{.State.Status}} {{.State.Pid}} {{.State.ExitCode}} {{.State.StartedAt}} {{.State.FinishedAt}} {{.RestartCount}}';
  return [
    ids.length ? docker('inspect', '--format', state, ...ids) : '',
    ...ids.map((id) => `${id}: ${docker('container', 'diff', id)}`),
    docker('images', '-a', '--no-trunc', '--format', '{{.ID}} {{.Repository}}:{{.Tag}}'),
    docker('network', 'ls', '--no-trunc', '--format', '{{.ID}} {{.Name}}'),
    docker('volume', 'ls', '--format', '{{.Name}}'),
  ].join('\n');
}

/**
 * Waiting for things a test server records: `waitFor` resolves once `count` recorded items
 * match; the server calls `notify()` after each record.
 */
export function recordWaiters<T>(items: readonly T[]) {
  const waiters = new Set<() => void>();
  return {
    notify(): void {
      for (const wake of [...waiters]) wake();
    },
    waitFor(pick: (item: T) => boolean, count = 1): Promise<T[]> {
      return new Promise((resolve) => {
        const check = () => {
          const found = items.filter(pick);
          if (found.length < count) return;
          waiters.delete(check);
          resolve(found.slice(0, count));
        };
        waiters.add(check);
        check();
      });
    },
  };
}

/** Closes a test server at once, keep-alive connections included. */
export function closeServer(server: import('node:http').Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

/** A dry run of `docker rm $(docker container ls -aq)` on the seed: one refused, two removed. */
export function makeDryRun(overrides: Partial<import('../src/reply.ts').DryRunReply> = {}): import('../src/reply.ts').DryRunReply {
  const items: import('../src/reply.ts').DryRunItem[] = [
    { id: 'a1b2c3d4e5f6', name: 'web', image: 'dockhand/busybox:latest', status: 'Up 2 hours', outcome: 'refused',
      refusal: 'Error response from daemon: You cannot remove a running container a1b2c3d4e5f6. Stop the container before attempting removal or force remove' },
    { id: '0f9e8d7c6b5a', name: 'done-ok', image: 'dockhand/busybox:latest', status: 'Exited (0) 2 hours ago', outcome: 'removed', refusal: null },
    { id: '123456789abc', name: 'fresh', image: 'dockhand/busybox:latest', status: 'Created', outcome: 'removed', refusal: null },
  ];
  return {
    kind: 'dry-run', lang: 'en', command: ['docker', 'rm', '$(docker container ls -a -q)'], listed: ['docker', 'container', 'ls', '-a', '-q'],
    objects: 'containers', items, total: { removed: 2, refused: 1, kept: 0 }, card: { id: 'remove-all-containers', title: 'Remove all containers' },
    ...overrides,
  };
}
