import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isDockhandError } from '../../src/errors.ts';
import { checkPolicy } from '../../src/sandbox/check-policy.ts';
import { createDockerSandbox, dockerodeOptions } from '../../src/sandbox/docker-sandbox.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { FIXTURE } from '../setup/build-fixtures.ts';

const ps = checkPolicy(['ps', '-a']);
const codeOf = (promise: Promise<unknown>) =>
  promise.then(() => 'ok', (err: unknown) => (isDockhandError(err) ? err.code : `other: ${String(err)}`));

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dh-sb-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function listen(path: string, onSocket: (s: Socket) => void): Promise<Server> {
  const sockets = new Set<Socket>();
  const server = createServer((s) => {
    sockets.add(s);
    onSocket(s);
  });
  await new Promise<void>((resolve) => server.listen(path, resolve));
  cleanups.push(() => {
    for (const s of sockets) s.destroy();
    return new Promise((resolve) => server.close(() => resolve()));
  });
  return server;
}

/** A plain byte pipe to the real engine: the engine "coming back" on the sandbox's address. */
function pipeToEngine(client: Socket): void {
  const host = engineHost()!;
  const upstream = host.startsWith('unix://')
    ? connect(host.slice(7))
    : connect(Number(new URL(host.replace(/^tcp:/, 'http:')).port), new URL(host.replace(/^tcp:/, 'http:')).hostname);
  client.pipe(upstream).pipe(client);
  client.on('error', () => upstream.destroy());
  upstream.on('error', () => client.destroy());
}

describe('createDockerSandbox', () => {
  itWithEngine('runs read-only commands on the engine and reports its status', async () => {
    const sandbox = createDockerSandbox({ host: engineHost()!, tls: null, timeoutMs: 10_000 });
    const { text: out, more } = await sandbox.run(ps);
    expect(out).toMatch(/^CONTAINER ID\s+IMAGE/);
    expect(more).toBe(0);
    for (const name of [FIXTURE.running, FIXTURE.exitedOk, FIXTURE.exitedFail, FIXTURE.created]) expect(out).toContain(name);
    const status = await sandbox.status();
    expect(status.reachable).toBe(true);
    expect(status.engineVersion).toMatch(/^\d+\.\d+/);
    expect(status.containers).toBeGreaterThanOrEqual(6);
    expect(status.running).toBeGreaterThanOrEqual(2);
  });

  itWithEngine('passes the engine’s own refusal on as an error (top on a stopped container)', async () => {
    const sandbox = createDockerSandbox({ host: engineHost()!, tls: null, timeoutMs: 10_000 });
    const err = await sandbox.run(checkPolicy(['top', FIXTURE.exitedOk])).catch((e: unknown) => e);
    expect(isDockhandError(err, 'ENGINE_ERROR') && err.message).toMatch(/is not running/);
    expect(await codeOf(sandbox.run(checkPolicy(['logs', 'no-such-container'])))).toBe('NOT_FOUND');
  });

  itWithEngine('ignores DOCKER_HOST in the process environment', async () => {
    const saved = process.env.DOCKER_HOST;
    process.env.DOCKER_HOST = 'tcp://127.0.0.1:9';
    try {
      const sandbox = createDockerSandbox({ host: engineHost()!, tls: null, timeoutMs: 10_000 });
      expect((await sandbox.run(ps)).text).toContain(FIXTURE.running);
    } finally {
      if (saved === undefined) delete process.env.DOCKER_HOST;
      else process.env.DOCKER_HOST = saved;
    }
  });

  itWithEngine('says the sandbox is unreachable while the engine is down, and recovers by itself', async () => {
    const path = join(tempDir(), 'engine.sock');
    const sandbox = createDockerSandbox({ host: `unix://${path}`, tls: null, timeoutMs: 10_000 });
    expect(await codeOf(sandbox.run(ps))).toBe('SANDBOX_UNREACHABLE');
    expect((await sandbox.status()).reachable).toBe(false);
    await listen(path, pipeToEngine);
    expect((await sandbox.run(ps)).text).toContain(FIXTURE.running);
    expect((await sandbox.status()).reachable).toBe(true);
  });

  it('reports an engine that refuses connections as unreachable', async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    await new Promise((resolve) => server.close(resolve));
    const sandbox = createDockerSandbox({ host: `tcp://127.0.0.1:${port}`, tls: null, timeoutMs: 5000 });
    expect(await codeOf(sandbox.run(ps))).toBe('SANDBOX_UNREACHABLE');
  });

  it('gives up with SANDBOX_TIMEOUT when the engine accepts but never answers', async () => {
    const path = join(tempDir(), 'silent.sock');
    await listen(path, () => {});
    const sandbox = createDockerSandbox({ host: `unix://${path}`, tls: null, timeoutMs: 200 });
    expect(await codeOf(sandbox.run(ps))).toBe('SANDBOX_TIMEOUT');
    expect((await sandbox.status()).reachable).toBe(false);
  });
});

describe('dockerodeOptions', () => {
  it('sets every connection option explicitly', () => {
    const unix = dockerodeOptions({ host: 'unix:///tmp/x.sock', tls: null, timeoutMs: 100 });
    expect(unix).toMatchObject({ socketPath: '/tmp/x.sock', host: undefined, port: undefined, protocol: 'http' });
    expect(dockerodeOptions({ host: 'tcp://10.1.2.3:2375', tls: null, timeoutMs: 100 }))
      .toMatchObject({ socketPath: undefined, host: '10.1.2.3', port: '2375', protocol: 'http' });
    expect(dockerodeOptions({ host: 'ssh://me@box:2222', tls: null, timeoutMs: 100 }))
      .toMatchObject({ socketPath: undefined, host: 'box', port: '2222', username: 'me', protocol: 'ssh' });
  });

  it('reads the TLS files from DOCKER_CERT_PATH, naming it when one is missing', () => {
    const dir = tempDir();
    for (const f of ['ca.pem', 'cert.pem']) writeFileSync(join(dir, f), `${f}\n`);
    const env = { host: 'tcp://10.1.2.3:2376', tls: { verify: true, certPath: dir }, timeoutMs: 100 };
    const err = (() => {
      try {
        return dockerodeOptions(env);
      } catch (e) {
        return e;
      }
    })();
    expect(isDockhandError(err, 'CONFIG_INVALID') && err.details.variable).toBe('DOCKER_CERT_PATH');
    writeFileSync(join(dir, 'key.pem'), 'key.pem\n');
    const opts = dockerodeOptions(env) as { protocol: string; key: Buffer; ca: Buffer };
    expect(opts.protocol).toBe('https');
    expect(opts.key.toString()).toBe('key.pem\n');
    expect(opts.ca.toString()).toBe('ca.pem\n');
  });
});
