import { existsSync, readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { join } from 'node:path';
import Dockerode from 'dockerode';
import { DockhandError, isDockhandError } from '../errors.ts';
import { runCommand } from './commands/run-command.ts';
import { readInventory } from './dry-run/read-inventory.ts';
import { guardEngine } from './engine-guard.ts';
import type { SandboxEnv } from './read-sandbox-env.ts';
import type { Sandbox, SandboxStatus } from './sandbox.ts';

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ENOENT', 'ECONNRESET', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EACCES',
]);

function readCert(certPath: string, file: string): Buffer {
  const path = join(certPath, file);
  if (!existsSync(path)) {
    throw new DockhandError('CONFIG_INVALID', `DOCKER_CERT_PATH: ${path} is missing; point DOCKER_CERT_PATH at the directory with ca.pem, cert.pem and key.pem`, {
      variable: 'DOCKER_CERT_PATH', value: certPath,
    });
  }
  return readFileSync(path);
}

/**
 * Every option docker-modem would otherwise take from DOCKER_HOST & co. is set explicitly, so the
 * process environment can never send the sandbox's client to another engine.
 */
export function dockerodeOptions(env: SandboxEnv): Dockerode.DockerOptions {
  const base = {
    socketPath: undefined, host: undefined, port: undefined, username: undefined, ca: undefined, cert: undefined,
    key: undefined, version: undefined, pathPrefix: '/', sshOptions: {}, headers: {},
    // Longer than our own deadline: ours answers first, this only frees the socket.
    timeout: env.timeoutMs + 1000,
  } as Dockerode.DockerOptions;
  if (env.host.startsWith('unix://')) return { ...base, socketPath: env.host.slice(7), protocol: 'http' };
  const url = new URL(env.host.replace(/^tcp:/, 'http:'));
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  if (env.host.startsWith('ssh://')) {
    return { ...base, protocol: 'ssh', host: hostname, port: url.port || 22, username: url.username || undefined, sshOptions: { agent: process.env.SSH_AUTH_SOCK } } as Dockerode.DockerOptions;
  }
  const tcp = { ...base, protocol: env.tls ? 'https' : 'http', host: hostname, port: url.port } as Dockerode.DockerOptions;
  if (!env.tls) return tcp;
  const certs = { ca: readCert(env.tls.certPath, 'ca.pem'), cert: readCert(env.tls.certPath, 'cert.pem'), key: readCert(env.tls.certPath, 'key.pem') };
  return env.tls.verify ? { ...tcp, ...certs } : { ...tcp, agent: new Agent({ ...certs, ca: undefined, rejectUnauthorized: false, keepAlive: true }) } as Dockerode.DockerOptions;
}

/** Engine and socket errors → the codes the handler explains; our own errors pass through. */
export function toSandboxError(err: unknown): DockhandError {
  if (isDockhandError(err)) return err;
  const e = err as { code?: string; statusCode?: number; json?: { message?: string }; message?: string };
  if (e.code && UNREACHABLE_CODES.has(e.code)) {
    return new DockhandError('SANDBOX_UNREACHABLE', `the sandbox engine is not reachable (${e.code})`, { cause: e.code });
  }
  const said = e.json?.message ?? e.message ?? String(err);
  if (e.statusCode === 404) return new DockhandError('NOT_FOUND', `Error response from daemon: ${said}`, { statusCode: 404 });
  if (e.statusCode) return new DockhandError('ENGINE_ERROR', `Error response from daemon: ${said}`, { statusCode: e.statusCode });
  if (/socket hang up/i.test(said)) return new DockhandError('SANDBOX_UNREACHABLE', 'the sandbox engine closed the connection', {});
  return new DockhandError('SANDBOX_UNREACHABLE', `the sandbox engine failed: ${said}`, {});
}

/** Rejects with SANDBOX_TIMEOUT after `ms`; never leaves a timer behind. */
async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DockhandError('SANDBOX_TIMEOUT', `the sandbox did not answer within ${ms} ms`, { ms })), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } catch (err) {
    throw toSandboxError(err);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The sandbox on a real Docker Engine through a guarded dockerode client. Every call opens (or
 * reuses) its own connection, so an engine that comes back is used again without a restart.
 */
export function createDockerSandbox(env: SandboxEnv): Sandbox & { docker: Dockerode } {
  let docker: Dockerode;
  try {
    docker = guardEngine(new Dockerode(dockerodeOptions(env)));
  } catch (err) {
    if (isDockhandError(err)) throw err;
    throw new DockhandError('CONFIG_INVALID', `cannot set up the sandbox client for ${env.host}: ${(err as Error).message}`, { variable: 'SANDBOX_DOCKER_HOST' });
  }
  return {
    docker,
    run: (command) => withDeadline(runCommand(docker, command), env.timeoutMs),
    inventory: () => withDeadline(readInventory(docker), env.timeoutMs),
    async status(): Promise<SandboxStatus> {
      try {
        const [version, info] = await withDeadline(Promise.all([docker.version(), docker.info()]), env.timeoutMs);
        return { reachable: true, engineVersion: version.Version, containers: info.Containers, running: info.ContainersRunning };
      } catch {
        return { reachable: false, engineVersion: null, containers: null, running: null };
      }
    },
  };
}
