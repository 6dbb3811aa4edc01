import { homedir } from 'node:os';
import { join } from 'node:path';
import { DockhandError } from '../errors.ts';

export interface SandboxTls {
  /** DOCKER_TLS_VERIFY: check the engine's certificate against ca.pem. */
  verify: boolean;
  /** Directory with ca.pem, cert.pem, key.pem (DOCKER_CERT_PATH, default ~/.docker). */
  certPath: string;
}

/** Where the sandbox engine is, in DOCKER_HOST syntax, and how long one command may take. */
export interface SandboxEnv {
  host: string;
  tls: SandboxTls | null;
  timeoutMs: number;
  /** Sandbox runs at once (SANDBOX_CONCURRENCY); the rest wait their turn. Default 4. */
  concurrency?: number;
}

export const DEFAULT_SANDBOX_HOST = 'unix:///var/run/docker.sock';
export const DEFAULT_TIMEOUT_MS = 5000;
export const DEFAULT_CONCURRENCY = 4;

const invalid = (variable: string, value: string, fix: string) =>
  new DockhandError('CONFIG_INVALID', `${variable}=${JSON.stringify(value)} is not valid: ${fix}`, { variable, value });

const HOST_FIX = 'use unix:///path/to/docker.sock, tcp://host:port or ssh://user@host[:port], like DOCKER_HOST';

function checkPort(variable: string, value: string, port: string): void {
  const n = Number(port);
  if (port !== '' && !(Number.isInteger(n) && n >= 1 && n <= 65535)) throw invalid(variable, value, `the port must be 1-65535; ${HOST_FIX}`);
}

/** Checks one DOCKER_HOST-style value the way the docker CLI reads it (a bare host:port means tcp). */
function parseHost(variable: string, value: string, tls: boolean): string {
  const host = value.includes('://') ? value : `tcp://${value}`;
  const scheme = host.slice(0, host.indexOf('://'));
  if (scheme === 'unix') {
    if (!host.slice(7).startsWith('/')) throw invalid(variable, value, `a unix socket needs an absolute path; ${HOST_FIX}`);
    return host;
  }
  if (scheme !== 'tcp' && scheme !== 'ssh') throw invalid(variable, value, HOST_FIX);
  let url: URL;
  try {
    url = new URL(host.replace(/^tcp:/, 'http:'));
  } catch {
    throw invalid(variable, value, HOST_FIX);
  }
  if (!url.hostname) throw invalid(variable, value, `the host name is missing; ${HOST_FIX}`);
  if (url.pathname !== '/' && url.pathname !== '') throw invalid(variable, value, `no path after the host; ${HOST_FIX}`);
  checkPort(variable, value, url.port);
  if (scheme === 'ssh') return `ssh://${url.username ? `${url.username}@` : ''}${url.host}`;
  // Docker's defaults: 2376 with TLS, 2375 without.
  return `tcp://${url.hostname}:${url.port || (tls ? '2376' : '2375')}`; // URL keeps IPv6 brackets
}

function readTimeout(env: NodeJS.ProcessEnv): number {
  const raw = env.SANDBOX_TIMEOUT_MS?.trim();
  if (!raw) return DEFAULT_TIMEOUT_MS;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 100 || n > 600_000) {
    throw invalid('SANDBOX_TIMEOUT_MS', raw, 'use whole milliseconds between 100 and 600000 (default 5000)');
  }
  return n;
}

function readConcurrency(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.SANDBOX_CONCURRENCY?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw) || n < 1 || n > 64) throw invalid('SANDBOX_CONCURRENCY', raw, `use a whole number of runs at once from 1 to 64 (default ${DEFAULT_CONCURRENCY})`);
  return n;
}

/**
 * SANDBOX_DOCKER_HOST (DOCKER_HOST syntax), else DOCKER_HOST, else the local socket; TLS for tcp as
 * the docker CLI does it (DOCKER_TLS_VERIFY / DOCKER_TLS, DOCKER_CERT_PATH); SANDBOX_TIMEOUT_MS;
 * SANDBOX_CONCURRENCY.
 * Pure: reads only `env`. Throws CONFIG_INVALID naming the variable and the fix.
 */
export function readSandboxEnv(env: NodeJS.ProcessEnv): SandboxEnv {
  const variable = env.SANDBOX_DOCKER_HOST?.trim() ? 'SANDBOX_DOCKER_HOST' : env.DOCKER_HOST?.trim() ? 'DOCKER_HOST' : null;
  const value = variable ? env[variable]!.trim() : DEFAULT_SANDBOX_HOST;
  // The docker CLI turns TLS on for any non-empty DOCKER_TLS_VERIFY, even "0".
  const verify = Boolean(env.DOCKER_TLS_VERIFY);
  const wantsTls = verify || Boolean(env.DOCKER_TLS);
  const host = variable ? parseHost(variable, value, wantsTls) : value;
  const tls = wantsTls && host.startsWith('tcp://')
    ? { verify, certPath: env.DOCKER_CERT_PATH?.trim() || join(env.HOME || homedir(), '.docker') }
    : null;
  const concurrency = readConcurrency(env);
  return { host, tls, timeoutMs: readTimeout(env), ...(concurrency ? { concurrency } : {}) };
}
