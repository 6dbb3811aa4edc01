import type Dockerode from 'dockerode';
import { DockhandError } from '../errors.ts';
import { psArgs } from './policy-values.ts';

// Routes are anchored at both ends, so a name with `/` or `:` can only ever be looked up, never re-route.
const NAME = '[A-Za-z0-9][A-Za-z0-9_.:@/-]*';
// Image references carry `/`, `:` and `@` (e.g. fishboneapps/hello-world:latest, x@sha256:…).
const REFERENCE = '[A-Za-z0-9][A-Za-z0-9_.:@/-]*';

/** Allowed Engine API paths (after an optional /vX.Y prefix) and the query keys each may carry. */
const ROUTES: [RegExp, string[]][] = [
  [/^\/_ping$/, []],
  [/^\/version$/, []],
  [/^\/info$/, []],
  [/^\/system\/df$/, ['type']],
  [/^\/containers\/json$/, ['all', 'limit', 'size', 'filters']],
  [new RegExp(`^/containers/${NAME}/json$`), ['size']],
  [new RegExp(`^/containers/${NAME}/logs$`), ['stdout', 'stderr', 'since', 'until', 'timestamps', 'tail', 'follow', 'details']],
  [new RegExp(`^/containers/${NAME}/top$`), ['ps_args']],
  [new RegExp(`^/containers/${NAME}/stats$`), ['stream', 'one-shot']],
  [/^\/images\/json$/, ['all', 'filters', 'digests', 'shared-size', 'manifests']],
  [new RegExp(`^/images/${REFERENCE}/(?:history|json)$`), ['platform', 'manifests']],
  [/^\/networks$/, ['filters']],
  [/^\/volumes$/, ['filters']],
];

/** Query values the Engine reads as "on" would turn a bounded read into an endless stream. */
const MUST_BE_OFF = new Set(['follow', 'stream']);
const OFF = /^(|0|no|false|none)$/i;

const refuse = (why: string, method: string, path: string) =>
  new DockhandError('ENGINE_GUARD', `engine guard: ${why}: ${method} ${path}`, { method, path });

function checkQuery(method: string, full: string, query: string, allowed: string[]): void {
  if (!/^[A-Za-z0-9_.~%=&+-]*$/.test(query)) throw refuse('odd query', method, full);
  const seen = new Set<string>();
  for (const [key, value] of new URLSearchParams(query)) {
    if (!allowed.includes(key) || seen.has(key)) throw refuse(`query key ${JSON.stringify(key)}`, method, full);
    if (MUST_BE_OFF.has(key) && !OFF.test(value.trim())) throw refuse(`${key} must be off`, method, full);
    // ps runs on the sandbox host with these: only the allowlisted options (never a process's environment).
    if (key === 'ps_args' && psArgs(value.split(' ')) === null) throw refuse('ps options not allowed', method, full);
    seen.add(key);
  }
}

/**
 * Throws ENGINE_GUARD unless this is a GET/HEAD to an allowlisted read-only Engine API path.
 * Strict on purpose: no percent-encoding, dot segments or empty segments in the path (the Engine
 * decodes `%2F` and cleans `..`, which would let `/images/x%2Fget` become an image export).
 */
export function checkEngineRequest(method: string | undefined, path: string | undefined): void {
  const m = (method ?? 'GET').toUpperCase();
  const full = path ?? '';
  if (m !== 'GET' && m !== 'HEAD') throw refuse('only GET and HEAD', m, full);
  const q = full.indexOf('?');
  const raw = q < 0 ? full : full.slice(0, q);
  if (!/^[A-Za-z0-9_.:@/-]+$/.test(raw)) throw refuse('odd characters in path', m, full);
  if (raw.split('/').slice(1).some((s) => s === '' || s === '.' || s === '..')) throw refuse('dot or empty segment', m, full);
  const bare = raw.replace(/^\/v\d+\.\d+(?=\/)/, '');
  const route = ROUTES.find(([re]) => re.test(bare));
  if (!route) throw refuse('path not allowed', m, full);
  checkQuery(m, full, q < 0 ? '' : full.slice(q + 1), route[1]);
}

type Callback = (err: unknown, data?: unknown) => void;
interface DialOptions { method?: string; path?: string; hijack?: boolean; openStdin?: boolean; file?: unknown }
interface Modem {
  dial(options: DialOptions, callback: Callback): void;
  buildRequest(options: { method?: string; path?: string }, context: DialOptions, data: unknown, callback: Callback): void;
}

/** The same check for any request shape: no upgrades, no stdin, no request body. */
function checkDial(options: DialOptions, data?: unknown): void {
  if (options.hijack || options.openStdin || options.file !== undefined || (data !== undefined && data !== null)) {
    throw refuse('no hijack, stdin or body', options.method ?? 'GET', options.path ?? '');
  }
}

/**
 * Wraps the dockerode client's modem so only allowlisted reads leave the process, whatever the
 * code above asks for. `dial` is checked first (no socket is ever opened for a refused request)
 * and `buildRequest` again, on the final path with the query string docker-modem appended.
 */
export function guardEngine<T extends Dockerode>(docker: T): T {
  const modem = docker.modem as unknown as Modem;
  const dial = modem.dial.bind(modem);
  const buildRequest = modem.buildRequest.bind(modem);
  modem.dial = (options, callback) => {
    try {
      checkDial(options);
      checkEngineRequest(options.method, options.path);
    } catch (err) {
      callback(err);
      return;
    }
    dial(options, callback);
  };
  modem.buildRequest = (options, context, data, callback) => {
    try {
      checkDial(context, data);
      checkEngineRequest(options.method, options.path);
    } catch (err) {
      callback(err);
      return;
    }
    buildRequest(options, context, data, callback);
  };
  return docker;
}
