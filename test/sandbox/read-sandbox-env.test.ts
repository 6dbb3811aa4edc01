import { describe, expect, it } from 'vitest';
import { isDockhandError } from '../../src/errors.ts';
import { readSandboxEnv } from '../../src/sandbox/read-sandbox-env.ts';

const configError = (env: NodeJS.ProcessEnv) => {
  try {
    readSandboxEnv(env);
    return null;
  } catch (err) {
    if (!isDockhandError(err, 'CONFIG_INVALID')) throw err;
    return err;
  }
};

describe('readSandboxEnv', () => {
  it('defaults to the local socket and 5 s', () => {
    expect(readSandboxEnv({})).toEqual({ host: 'unix:///var/run/docker.sock', tls: null, timeoutMs: 5000 });
  });

  it('prefers SANDBOX_DOCKER_HOST, then DOCKER_HOST', () => {
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: 'unix:///tmp/s.sock', DOCKER_HOST: 'tcp://10.0.0.1:2375' }).host).toBe('unix:///tmp/s.sock');
    expect(readSandboxEnv({ DOCKER_HOST: 'tcp://10.0.0.1:2375' }).host).toBe('tcp://10.0.0.1:2375');
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: '  ', DOCKER_HOST: 'unix:///d.sock' }).host).toBe('unix:///d.sock');
  });

  it.each([
    ['tcp://127.0.0.1:2375', {}, 'tcp://127.0.0.1:2375'],
    ['127.0.0.1:2375', {}, 'tcp://127.0.0.1:2375'],
    ['tcp://localhost', {}, 'tcp://localhost:2375'],
    ['tcp://localhost', { DOCKER_TLS_VERIFY: '1' }, 'tcp://localhost:2376'],
    ['tcp://[::1]:2375', {}, 'tcp://[::1]:2375'],
    ['ssh://me@sandbox.example', {}, 'ssh://me@sandbox.example'],
    ['ssh://sandbox.example:2222', {}, 'ssh://sandbox.example:2222'],
  ])('reads %s (%j) as %s', (value, extra, host) => {
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: value, ...extra }).host).toBe(host);
  });

  it('turns TLS on for tcp the way the docker CLI does', () => {
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: '/certs' }).tls)
      .toEqual({ verify: true, certPath: '/certs' });
    // Any non-empty value, even "0", means verify for the docker CLI.
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS_VERIFY: '0', HOME: '/home/x' }).tls)
      .toEqual({ verify: true, certPath: '/home/x/.docker' });
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS: '1', DOCKER_CERT_PATH: '/c' }).tls)
      .toEqual({ verify: false, certPath: '/c' });
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: 'tcp://h:2375' }).tls).toBeNull();
    expect(readSandboxEnv({ SANDBOX_DOCKER_HOST: 'unix:///s.sock', DOCKER_TLS_VERIFY: '1' }).tls).toBeNull();
  });

  it('reads SANDBOX_CONCURRENCY, refusing what is not 1-64', () => {
    expect(readSandboxEnv({ SANDBOX_CONCURRENCY: '2' }).concurrency).toBe(2);
    expect(readSandboxEnv({}).concurrency).toBeUndefined();
    for (const bad of ['0', '65', 'many', '1.5']) expect(() => readSandboxEnv({ SANDBOX_CONCURRENCY: bad })).toThrow(/SANDBOX_CONCURRENCY/);
  });

  it('reads SANDBOX_TIMEOUT_MS', () => {
    expect(readSandboxEnv({ SANDBOX_TIMEOUT_MS: '250' }).timeoutMs).toBe(250);
    expect(readSandboxEnv({ SANDBOX_TIMEOUT_MS: '' }).timeoutMs).toBe(5000);
  });

  it.each([
    [{ SANDBOX_DOCKER_HOST: 'http://h:2375' }, 'SANDBOX_DOCKER_HOST'],
    [{ SANDBOX_DOCKER_HOST: 'unix://relative.sock' }, 'SANDBOX_DOCKER_HOST'],
    [{ SANDBOX_DOCKER_HOST: 'unix://' }, 'SANDBOX_DOCKER_HOST'],
    [{ SANDBOX_DOCKER_HOST: 'tcp://h:99999' }, 'SANDBOX_DOCKER_HOST'],
    [{ SANDBOX_DOCKER_HOST: 'tcp://h:port' }, 'SANDBOX_DOCKER_HOST'],
    [{ SANDBOX_DOCKER_HOST: 'tcp://' }, 'SANDBOX_DOCKER_HOST'],
    [{ SANDBOX_DOCKER_HOST: 'tcp://h:2375/path' }, 'SANDBOX_DOCKER_HOST'],
    [{ SANDBOX_DOCKER_HOST: 'npipe:////./pipe/docker_engine' }, 'SANDBOX_DOCKER_HOST'],
    [{ DOCKER_HOST: 'fd://' }, 'DOCKER_HOST'],
    [{ SANDBOX_TIMEOUT_MS: 'soon' }, 'SANDBOX_TIMEOUT_MS'],
    [{ SANDBOX_TIMEOUT_MS: '5s' }, 'SANDBOX_TIMEOUT_MS'],
    [{ SANDBOX_TIMEOUT_MS: '0' }, 'SANDBOX_TIMEOUT_MS'],
    [{ SANDBOX_TIMEOUT_MS: '-5' }, 'SANDBOX_TIMEOUT_MS'],
    [{ SANDBOX_TIMEOUT_MS: '1.5' }, 'SANDBOX_TIMEOUT_MS'],
  ])('refuses %j, naming %s and the fix', (env, variable) => {
    const err = configError(env);
    expect(err?.details.variable).toBe(variable);
    expect(err?.message).toContain(variable);
    expect(err?.message).toMatch(/use /);
  });
});
