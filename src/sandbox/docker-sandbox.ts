import { existsSync, readFileSync } from 'node:fs';
import { Agent } from 'node:https';
import { join } from 'node:path';
import type Dockerode from 'dockerode';
import { DockhandError, isDockhandError, type AnyDockhandError } from '../errors.ts';
import { runCommand } from './commands/run-command.ts';
import { readShape } from './commands/read-shape.ts';
import { describeFailure } from './describe-failure.ts';
import { readInventory } from './dry-run/read-inventory.ts';
import { createEngineClient, ENGINE_LIMITS, type EngineClient, type EngineLimits, type Modem } from './engine/engine-client.ts';
import { infoSchema, versionSchema } from './engine/engine-schemas.ts';
import { guardEngine } from './engine-guard.ts';
import { redactArgv } from './format/redact-text.ts';
import { OUTPUT_LIMITS, type OutputLimits } from './output-limits.ts';
import { DEFAULT_CONCURRENCY, type SandboxEnv } from './read-sandbox-env.ts';
import { RunGate } from './run-gate.ts';
import type { Sandbox, SandboxLogger, SandboxStatus } from './sandbox.ts';
import type { SandboxCommand } from './sandbox-command.ts';
import { toSandboxError } from './to-sandbox-error.ts';

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
    // An idle socket is dropped a little after our own deadline (which cancels the request itself).
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

export interface DockerSandboxOptions {
  /** Where every failure is logged with its code and cause (warn; a bug at error). */
  logger?: SandboxLogger;
  /** What one engine reply may cost (bytes, nesting). */
  engineLimits?: EngineLimits;
  /** How much one command prints. */
  outputLimits?: OutputLimits;
}

const UNREACHABLE: SandboxStatus = { reachable: false, engineVersion: null, containers: null, running: null };

/**
 * The sandbox on a real Docker Engine through a guarded dockerode modem. Each run has one deadline
 * that aborts every engine request it made (so nothing keeps reading after the user was told it
 * timed out), every reply is read under a byte budget, and every failure is logged with its
 * cause. Every call opens (or reuses) its own connection, so an engine that comes back is used
 * again without a restart.
 */
export function createDockerSandbox(env: SandboxEnv, options: DockerSandboxOptions = {}): Sandbox {
  // The options (and so a missing certificate) are checked now, at start-up; dockerode itself, a
  // sixth of the server's start-up, loads with the first command or probe that needs the engine.
  const setupFailed = (err: unknown) =>
    isDockhandError(err) ? err : new DockhandError('CONFIG_INVALID', `cannot set up the sandbox client for ${env.host}: ${(err as Error).message}`, { variable: 'SANDBOX_DOCKER_HOST' });
  let clientOptions: Dockerode.DockerOptions;
  try {
    clientOptions = dockerodeOptions(env);
  } catch (err) {
    throw setupFailed(err);
  }
  let modem: Promise<Modem> | undefined;
  const connect = (): Promise<Modem> =>
    (modem ??= (async () => {
      try {
        const { default: Client } = await import('dockerode');
        return guardEngine(new Client(clientOptions)).modem as unknown as Modem;
      } catch (err) {
        modem = undefined;
        throw setupFailed(err);
      }
    })());
  const engineLimits = options.engineLimits ?? ENGINE_LIMITS;
  const outputLimits = options.outputLimits ?? OUTPUT_LIMITS;
  const gate = new RunGate(env.concurrency ?? DEFAULT_CONCURRENCY);

  const report = (error: AnyDockhandError, what: string[]): void => {
    const entry = { sandbox: true, code: error.code, command: redactArgv(what), cause: describeFailure(error.cause ?? error) };
    if (error.code === 'INTERNAL_ERROR') options.logger?.error(entry, 'sandbox command failed: a bug in Dockhand');
    else options.logger?.warn(entry, `sandbox command failed: ${error.code}`);
  };

  async function withDeadline<T>(work: (engine: EngineClient) => Promise<T>): Promise<T> {
    const controller = new AbortController();
    const timeout = new DockhandError('SANDBOX_TIMEOUT', `the sandbox did not answer within ${env.timeoutMs} ms`, { ms: env.timeoutMs });
    const timer = setTimeout(() => controller.abort(timeout), env.timeoutMs);
    let release: (() => void) | undefined;
    try {
      // The deadline counts from the request: waiting for a slot is part of the user's wait.
      release = await gate.acquire(controller.signal);
      return await work(createEngineClient(await connect(), controller.signal, engineLimits));
    } catch (err) {
      throw release ? toSandboxError(err, controller.signal) : err;
    } finally {
      release?.();
      clearTimeout(timer);
      // Whatever is still in flight (a parallel `stats` after one failed) stops now.
      if (!controller.signal.aborted) controller.abort(new Error('the run is over'));
    }
  }

  return {
    async run(command: SandboxCommand, limits: OutputLimits = outputLimits) {
      try {
        return await withDeadline((engine) => runCommand(engine, command, new Date(), limits));
      } catch (err) {
        const error = toSandboxError(err);
        report(error, command.argv);
        throw error;
      }
    },
    async inventory() {
      try {
        return await withDeadline((engine) => readInventory(engine));
      } catch (err) {
        const error = toSandboxError(err);
        report(error, ['dry-run', 'inventory']);
        throw error;
      }
    },
    async status(): Promise<SandboxStatus> {
      try {
        return await withDeadline(async (engine) => {
          const [version, info] = await Promise.all([engine.json('/version'), engine.json('/info')]);
          const v = readShape(versionSchema, version, 'version');
          const i = readShape(infoSchema, info, 'info');
          return { reachable: true, engineVersion: v.Version ?? null, containers: i.Containers ?? null, running: i.ContainersRunning ?? null };
        });
      } catch (err) {
        report(toSandboxError(err), ['docker', 'version']);
        return UNREACHABLE;
      }
    },
  };
}
