import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { createConnection } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createBrain } from '../../src/brain.ts';
import { dispatch } from '../../src/dispatch.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { FIXTURE } from '../setup/build-fixtures.ts';
import { freePort } from '../setup/free-port.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CONFIG = `${ROOT}deploy/docker-readonly-proxy.cfg`;

function haproxyUnavailable(): string | null {
  try {
    execFileSync('haproxy', ['-v'], { stdio: 'ignore' });
    return null;
  } catch {
    return 'haproxy is not installed (apt-get install -y haproxy)';
  }
}

const why = haproxyUnavailable();
if (why && process.env.CI) throw new Error(`CI needs haproxy for the socket proxy test: ${why}`);


const connects = (port: number) =>
  new Promise<boolean>((resolve) => {
    const s = createConnection({ port, host: '127.0.0.1' });
    s.once('connect', () => (s.destroy(), resolve(true)));
    s.once('error', () => resolve(false));
  });

/** A raw request, path sent exactly as given (fetch would normalise `..` and percent-encoding). */
function raw(port: number, method: string, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

(why ? describe.skip : describe)(`the README's read-only socket proxy (HAProxy, deploy/docker-readonly-proxy.cfg)${why ? ` (skipped: ${why})` : ''}`, () => {
  let proxy: ChildProcess | undefined;
  let port = 0;

  beforeAll(async () => {
    const host = engineHost();
    if (!host) return;
    port = await freePort();
    proxy = spawn('haproxy', ['-db', '-f', CONFIG], {
      env: { PATH: process.env.PATH ?? '', DOCKER_RO_BIND: `127.0.0.1:${port}`, DOCKER_SOCKET: host.replace(/^unix:\/\//, '') },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    proxy.stderr!.setEncoding('utf8').on('data', (c: string) => (err += c));
    for (let i = 0; !(await connects(port)); i++) {
      if (proxy.exitCode !== null || i > 100) throw new Error(`haproxy did not start:\n${err}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  afterAll(() => {
    proxy?.kill('SIGTERM');
  });

  itWithEngine('is the configuration the README shows, and haproxy -c accepts it', () => {
    expect(readFileSync(`${ROOT}README.md`, 'utf8')).toContain(readFileSync(CONFIG, 'utf8'));
    execFileSync('haproxy', ['-c', '-q', '-f', CONFIG], { env: { PATH: process.env.PATH ?? '' } });
  });

  itWithEngine('passes the reads Dockhand makes', async () => {
    const listed = await raw(port, 'GET', '/containers/json?all=1');
    expect(listed.status).toBe(200);
    expect(JSON.parse(listed.body).some((c: { Names: string[] }) => c.Names.includes(`/${FIXTURE.running}`))).toBe(true);
    for (const path of ['/v1.41/containers/json', '/_ping', '/version', '/info', '/images/json', `/containers/${FIXTURE.running}/json`,
      `/images/${FIXTURE.notesImage}/history`, '/networks', '/volumes', '/system/df', `/containers/${FIXTURE.exitedOk}/logs?stdout=1&tail=5`]) {
      expect([path, (await raw(port, 'GET', path)).status]).toEqual([path, 200]);
    }
    expect((await raw(port, 'HEAD', '/_ping')).status).toBe(200);
  });

  itWithEngine('refuses writes, file-reading GETs, attach, exec, streams and encoded or dotted paths (403)', async () => {
    const refused: [string, string][] = [
      ['POST', '/containers/create'],
      ['POST', `/containers/${FIXTURE.created}/start`],
      ['DELETE', `/containers/${FIXTURE.exitedOk}`],
      ['PUT', `/containers/${FIXTURE.running}/archive?path=/tmp`],
      ['GET', `/containers/${FIXTURE.running}/archive?path=/etc/passwd`],
      ['HEAD', `/containers/${FIXTURE.running}/archive?path=/`],
      ['GET', `/v1.41/containers/${FIXTURE.running}/export`],
      ['GET', '/images/get?names=busybox'],
      ['GET', `/images/${FIXTURE.busyboxImage}/get`],
      ['GET', `/containers/${FIXTURE.running}/attach?stream=1&stdout=1`],
      ['GET', '/exec/abc/json'],
      ['GET', `/containers/${FIXTURE.running}/ar%63hive?path=/`],
      ['GET', '/images/dockhand%2Fbusybox/get'],
      ['GET', '/containers/x/../../images/get'],
      ['GET', `/containers/${FIXTURE.running}/logs?stdout=1&follow=1`],
      ['GET', `/containers/${FIXTURE.running}/stats?stream=true`],
      ['GET', '/plugins'],
      ['GET', '/swarm'],
    ];
    for (const [method, path] of refused) expect([method, path, (await raw(port, method, path)).status]).toEqual([method, path, 403]);
  });

  itWithEngine("gives Dockhand's sandbox the same output as the engine's own socket, for every command", async () => {
    const direct = createBrain({ sandbox: createDockerSandbox({ host: engineHost()!, tls: null, timeoutMs: 5000 }) });
    const proxied = createBrain({ sandbox: createDockerSandbox({ host: `tcp://127.0.0.1:${port}`, tls: null, timeoutMs: 5000 }) });
    const ask = (brain: typeof direct, text: string) => dispatch({ text, surface: 'cli' }, brain);
    // Stable outputs compare exactly; ps, top, stats and logs carry times or counters that move.
    // The engine returns images created in the same second in any order from one call to the next:
    // `images` is compared with its rows sorted under the header.
    const canonical = (text: string, output: string | null): string | null => {
      if (text !== 'images' || output === null) return output;
      const [header, ...rows] = output.split('\n');
      return [header, ...rows.sort()].join('\n');
    };
    for (const text of ['images', `history ${FIXTURE.notesImage}`, 'network ls', 'volume ls', `inspect ${FIXTURE.exitedOk}`, `port ${FIXTURE.running}`]) {
      const [a, b] = [await ask(direct, text), await ask(proxied, text)];
      expect([text, b.kind]).toEqual([text, a.kind]);
      expect([text, canonical(text, 'output' in b ? b.output : null)]).toEqual([text, canonical(text, 'output' in a ? a.output : null)]);
    }
    for (const text of ['ps -a', `top ${FIXTURE.running}`, `stats --no-stream ${FIXTURE.running}`, `logs ${FIXTURE.tty}`, 'version', 'info', 'system df']) {
      const b = await ask(proxied, text);
      expect([text, b.kind]).toEqual([text, 'run']);
    }
  });
});
