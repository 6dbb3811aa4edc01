import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Dockerode from 'dockerode';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isDockhandError } from '../../src/errors.ts';
import { checkEngineRequest, guardEngine } from '../../src/sandbox/engine-guard.ts';

const allowed = (method: string, path: string) => {
  try {
    checkEngineRequest(method, path);
    return true;
  } catch (err) {
    if (!isDockhandError(err, 'ENGINE_GUARD')) throw err;
    return false;
  }
};

describe('checkEngineRequest', () => {
  it.each([
    ['GET', '/_ping'], ['HEAD', '/_ping'], ['GET', '/version'], ['GET', '/info'], ['GET', '/system/df'],
    ['GET', '/containers/json?all=true&filters=%7B%22status%22%3A%5B%22exited%22%5D%7D'], ['GET', '/containers/json?'],
    ['GET', '/containers/web/json'], ['GET', '/containers/3f4e8a/logs?stdout=true&stderr=true&tail=20&follow=false'],
    ['GET', '/containers/web/top'], ['GET', '/containers/web/top?ps_args=aux'], ['GET', '/containers/web/top?ps_args=-eo%20pid%2Cuser%2Cargs'], ['GET', '/containers/web/stats?stream=false'], ['GET', '/images/json?all=false'],
    ['GET', '/images/hello-world/history'], ['GET', '/images/fishboneapps/hello-world:latest/json'],
    ['GET', '/images/sha256:0123abcd/json'], ['GET', '/networks?'], ['GET', '/volumes'], ['GET', '/v1.47/containers/json?all=1'],
    ['get', '/info'], ['GET', '/containers/fishboneapps/hello-world:latest/json'],
  ])('lets %s %s through', (method, path) => {
    expect(allowed(method, path)).toBe(true);
  });

  it.each([
    ['POST', '/containers/create'], ['POST', '/containers/web/stop'], ['DELETE', '/containers/web'], ['PUT', '/containers/web/archive?path=/'],
    ['POST', '/containers/json'], ['PATCH', '/info'], ['OPTIONS', '/_ping'], ['POST', '/images/create?fromImage=x'], ['POST', '/build'],
    ['GET', '/containers/web/archive?path=/etc'], ['HEAD', '/containers/web/archive?path=/etc'], ['GET', '/containers/web/export'],
    ['GET', '/images/get?names=hello-world'], ['GET', '/images/hello-world/get'], ['GET', '/containers/web/attach/ws'],
    ['GET', '/exec/abc/json'], ['GET', '/containers/web/changes'], ['GET', '/events'], ['GET', '/auth'], ['GET', '/session'],
    ['GET', '/containers/web/logs?follow=true'], ['GET', '/containers/web/logs?follow=1'], ['GET', '/containers/web/stats'.concat('?stream=true')],
    ['GET', '/containers/web/stats?stream=false&stream=true'], ['GET', '/containers/web/top?ps_args=e'], ['GET', '/containers/web/top?ps_args=-eo%20pid%2Cenviron'], ['GET', '/containers/json?x=/../'],
    ['GET', '/containers/json?all=1&all=0'], ['GET', '/containers/json?all=1#frag'], ['GET', '/containers/json?a=b;c'],
    ['GET', '/containers/../images/get'], ['GET', '/containers/./json'], ['GET', '/images/x/../../containers/web/export/json'],
    ['GET', '/images/x%2Fget'], ['GET', '/images/x%2fget/json'], ['GET', '/containers/%2e%2e/json'], ['GET', '/images//json'],
    ['GET', '/images/get?names=x/json'], ['GET', '/containers/web?x=/json'], ['GET', '/containers/web/json/'], ['GET', '//info'],
    ['GET', '/info\\..'], ['GET', '/info '], ['GET', '/vx/info'], ['GET', ''], ['GET', 'http://evil/info'], ['GET', '/v1.47/../images/get'],
    ['GET', '/containers/web\u0000/json'], ['GET', '/images/ hello/json'], ['GET', '/swarm'], ['GET', '/secrets'], ['GET', '/plugins'],
    ['GET', '/images/hello/push'], ['GET', '/distribution/hello/json'], ['GET', '/containers/-web/json'],
  ])('refuses %s %j', (method, path) => {
    expect(allowed(method, path)).toBe(false);
  });
});

describe('guardEngine: nothing refused leaves the process', () => {
  let dir: string;
  let server: Server;
  const requests: string[] = [];
  let connections = 0;
  let docker: Dockerode;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dh-guard-'));
    const socketPath = join(dir, 'engine.sock');
    // Records every byte that arrives and answers like a tiny Engine, so allowed calls can be told apart.
    server = createServer((sock) => {
      connections++;
      sock.on('data', (chunk) => {
        requests.push(chunk.toString('latin1'));
        const body = '[]';
        sock.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      });
    });
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    docker = guardEngine(new Dockerode({ socketPath, host: undefined, port: undefined } as Dockerode.DockerOptions));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  beforeEach(() => {
    requests.length = 0;
    connections = 0;
  });

  const dial = (options: Record<string, unknown>) =>
    new Promise((resolve, reject) => {
      (docker.modem as unknown as { dial: (o: unknown, cb: (e: unknown, d: unknown) => void) => void }).dial(
        { statusCodes: { 200: true }, ...options },
        (err, data) => (err ? reject(err) : resolve(data)),
      );
    });

  it('sends an allowed GET (so the recorder really records)', async () => {
    await expect(docker.listContainers({ all: true })).resolves.toEqual([]);
    expect(requests.join('')).toMatch(/^GET \/containers\/json\?all=true HTTP\/1\.1/);
  });

  it.each([
    ['POST /containers/create', () => docker.createContainer({ Image: 'busybox' })],
    ['DELETE /containers/web', () => docker.getContainer('web').remove({ force: true })],
    ['POST /containers/web/kill', () => docker.getContainer('web').kill()],
    ['POST /containers/web/stop', () => docker.getContainer('web').stop()],
    ['POST /containers/prune', () => docker.pruneContainers()],
    ['DELETE /images/hello-world', () => docker.getImage('hello-world').remove()],
    ['GET /images/hello-world/get', () => docker.getImage('hello-world').get()],
    ['GET /images/get', () => (docker as unknown as { getImages(o: unknown): Promise<unknown> }).getImages({ names: ['hello-world'] })],
    ['GET /containers/web/archive', () => docker.getContainer('web').getArchive({ path: '/etc/passwd' })],
    ['HEAD /containers/web/archive', () => docker.getContainer('web').infoArchive({ path: '/etc/passwd' })],
    ['PUT /containers/web/archive', () => docker.getContainer('web').putArchive(Buffer.from('x'), { path: '/' })],
    ['GET /containers/web/export', () => docker.getContainer('web').export()],
    ['POST /containers/web/exec', () => docker.getContainer('web').exec({ Cmd: ['sh'] })],
    ['POST /containers/web/attach', () => docker.getContainer('web').attach({ stream: true, stdout: true })],
    ['GET /events', () => docker.getEvents()],
    ['GET logs follow=true', () => docker.getContainer('web').logs({ follow: true, stdout: true })],
    ['GET stats stream', () => docker.getContainer('web').stats({ stream: true })],
    ['image name smuggling /images/get', () => docker.getImage('get?names=hello-world').inspect()],
    ['image name with encoded slash', () => docker.getImage('x%2Fget').inspect()],
    ['image name with dot segments', () => docker.getImage('x/../../containers/web/export').history()],
    ['raw dial POST', () => dial({ path: '/containers/json?', method: 'POST', options: {} })],
    ['raw dial DELETE', () => dial({ path: '/containers/web?', method: 'DELETE', options: { force: true } })],
    ['raw dial hijack on an allowed path', () => dial({ path: '/containers/json', method: 'GET', hijack: true })],
    ['raw dial with a body on an allowed path', () => dial({ path: '/info', method: 'GET', file: Buffer.from('x') })],
    ['raw dial query injection', () => dial({ path: '/containers/json?', method: 'GET', options: { x: '/../images/get' } })],
  ])('refuses %s before any byte is sent', async (_, call) => {
    const outcome = await call().then(
      () => 'sent',
      (err: unknown) => (isDockhandError(err, 'ENGINE_GUARD') ? 'guard' : `other: ${String(err)}`),
    );
    expect(outcome).toBe('guard');
    await new Promise((r) => setTimeout(r, 20)); // let any stray connection land
    expect(connections).toBe(0);
    expect(requests).toEqual([]);
  });
});
