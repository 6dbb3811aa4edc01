import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { DockhandError } from './errors.ts';
import { DEFAULT_CONCURRENCY, readSandboxEnv, type SandboxEnv } from './sandbox/read-sandbox-env.ts';

export type Mode = 'http' | 'socket' | 'local';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface SlackConfig {
  botToken: string;
  /** HTTP mode only: Socket Mode connections are authenticated by the app token. */
  signingSecret: string | null;
  appToken: string | null;
  /** Web API base URL with a trailing slash; null means Slack's own. */
  apiUrl: string | null;
}

export interface Config {
  mode: Mode;
  slack: SlackConfig | null;
  port: number;
  listenChannels: string[];
  sandboxAccess: { allowedChannels: string[]; allowedUsers: string[]; ratePerMin: number; maxConcurrent: number };
  /** Shared state for replicas (event ids, rate limits, sandbox slots); null keeps it in this process. */
  redisUrl: string | null;
  /** After SIGTERM, how long in-flight requests may take to finish before the process exits anyway. */
  shutdownGraceMs: number;
  logLevel: LogLevel;
  /** Where the knowledge cards are; null means the bundled `knowledge/`. */
  knowledgeDir: string | null;
  sandbox: SandboxEnv;
  store: StoreConfig;
  /** Slack user ids who see the Instructor section in App Home. */
  instructors: string[];
}

export interface StoreConfig {
  /** Off: nothing is recorded (RECORDING=off). */
  recording: boolean;
  /** Where the SQLite file lives when there is no DATABASE_URL. */
  dataDir: string;
  /** PostgreSQL instead of SQLite. */
  databaseUrl: string | null;
  retentionDays: number;
}

type Env = Record<string, string | undefined>;

const APP_SETTINGS = 'https://api.slack.com/apps → your app';
const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

/** Collects every problem, so one start-up shows them all instead of one per attempt. */
class Problems {
  readonly list: string[] = [];
  add(variable: string, problem: string, fix: string): void {
    this.list.push(`${variable} ${problem}: ${fix}`);
  }
}

function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === '' ? undefined : v;
}

function readToken(env: Env, name: string, prefix: string, where: string, p: Problems): string | null {
  const v = value(env, name);
  if (v === undefined) return null;
  if (!v.startsWith(prefix) || /\s/.test(v)) p.add(name, `must start with "${prefix}"`, `copy it from ${where}`);
  return v;
}

function readSlack(env: Env, p: Problems): { mode: Mode; slack: SlackConfig | null } {
  const botWhere = `${APP_SETTINGS} → OAuth & Permissions → "Bot User OAuth Token" (install the app to your workspace first)`;
  const botToken = readToken(env, 'SLACK_BOT_TOKEN', 'xoxb-', botWhere, p);
  const appToken = readToken(env, 'SLACK_APP_TOKEN', 'xapp-', `${APP_SETTINGS} → Basic Information → App-Level Tokens (scope connections:write)`, p);
  const signingSecret = value(env, 'SLACK_SIGNING_SECRET') ?? null;
  const apiUrl = readUrl(env, 'SLACK_API_URL', p);
  if (botToken === null && appToken === null && signingSecret === null) return { mode: 'local', slack: null };
  if (botToken === null) p.add('SLACK_BOT_TOKEN', 'is missing', `copy it from ${botWhere}`);
  if (appToken === null && signingSecret === null) {
    p.add('SLACK_SIGNING_SECRET', 'is missing', `copy it from ${APP_SETTINGS} → Basic Information → App Credentials → "Signing Secret" (or set SLACK_APP_TOKEN for Socket Mode)`);
  }
  if (signingSecret !== null && !/^[0-9a-f]{16,}$/i.test(signingSecret)) {
    p.add('SLACK_SIGNING_SECRET', 'is malformed (expected the hex string Slack shows)', `copy it again from ${APP_SETTINGS} → Basic Information → App Credentials`);
  }
  return { mode: appToken ? 'socket' : 'http', slack: { botToken: botToken ?? '', signingSecret, appToken, apiUrl } };
}

function readUrl(env: Env, name: string, p: Problems): string | null {
  const v = value(env, name);
  if (v === undefined) return null;
  try {
    const url = new URL(v);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
    return url.href.endsWith('/') ? url.href : `${url.href}/`;
  } catch {
    p.add(name, `is not an http(s) URL ("${v}")`, 'unset it to use Slack itself, or give a base URL such as https://slack.com/api/');
    return null;
  }
}

function readRedisUrl(env: Env, p: Problems): string | null {
  const v = value(env, 'REDIS_URL');
  if (v === undefined) return null;
  let protocol = '';
  try {
    protocol = new URL(v).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'redis:' && protocol !== 'rediss:') {
    // The value may hold a password: name the variable, not its contents.
    p.add('REDIS_URL', 'is not a redis:// or rediss:// URL', 'give e.g. redis://redis.internal:6379/0 (rediss:// for TLS, redis://:password@host:6379 with a password), or unset it to keep shared state in this process');
    return null;
  }
  return v;
}

function readInt(env: Env, name: string, fallback: number, min: number, max: number, fix: string, p: Problems): number {
  const v = value(env, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < min || n > max) {
    p.add(name, `must be a whole number from ${min} to ${max} (got "${v}")`, fix);
    return fallback;
  }
  return n;
}

function readIds(env: Env, name: string, pattern: RegExp, kind: string, p: Problems): string[] {
  const ids = (value(env, name) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const bad = ids.filter((id) => !pattern.test(id));
  if (bad.length > 0) {
    p.add(name, `has malformed ${kind} IDs (${bad.join(', ')})`, `give comma-separated IDs; in Slack open the ${kind}'s details and copy the ID at the bottom (e.g. ${kind === 'channel' ? 'C0123456789' : 'U0123456789'})`);
  }
  return ids.filter((id) => pattern.test(id));
}

function readKnowledgeDir(env: Env, p: Problems): string | null {
  const v = value(env, 'KNOWLEDGE_DIR');
  if (v === undefined) return null;
  const dir = resolve(v);
  // Checked here so a typo is reported with the other variables, not as a stack trace.
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) {
    p.add('KNOWLEDGE_DIR', `is not a directory ("${v}")`, 'point it at a folder of *.md cards, or unset it to use the bundled knowledge/');
  }
  return dir;
}

function readStore(env: Env, p: Problems): StoreConfig {
  const recording = value(env, 'RECORDING')?.toLowerCase() ?? 'on';
  if (recording !== 'on' && recording !== 'off') p.add('RECORDING', `is "${recording}"`, 'use on (the default: questions, votes and sandbox runs are kept for instructors) or off');
  const dataDir = resolve(value(env, 'DATA_DIR') ?? 'data');
  const stat = statSync(dataDir, { throwIfNoEntry: false });
  if (stat && !stat.isDirectory()) p.add('DATA_DIR', `is not a directory ("${dataDir}")`, 'point it at a folder Dockhand may write (it is created if missing), or unset it for ./data');
  const url = value(env, 'DATABASE_URL') ?? null;
  // The URL holds a password: the message never repeats it.
  if (url !== null && !/^postgres(?:ql)?:\/\/[^\s]+$/.test(url)) {
    p.add('DATABASE_URL', 'is not a PostgreSQL URL', 'give postgres://user:password@host:5432/dbname, or unset it to keep the history in SQLite under DATA_DIR');
  }
  return {
    recording: recording !== 'off',
    dataDir,
    databaseUrl: url,
    retentionDays: readInt(env, 'RETENTION_DAYS', 90, 1, 3650, 'how many days of questions, votes and sandbox runs to keep; unset for 90', p),
  };
}

function readLogLevel(env: Env, p: Problems): LogLevel {
  const v = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if ((LOG_LEVELS as readonly string[]).includes(v)) return v as LogLevel;
  p.add('LOG_LEVEL', `is "${v}"`, `use one of ${LOG_LEVELS.join(', ')}`);
  return 'info';
}

const CHANNEL_ID = /^[CGD][A-Z0-9]{2,}$/;
const USER_ID = /^[UW][A-Z0-9]{2,}$/;

/**
 * The whole configuration from environment variables, validated. No Slack variables at all means
 * the local shell. Throws one CONFIG_INVALID error naming every bad variable and how to get it.
 */
export function readConfig(env: Env): Config {
  const p = new Problems();
  const { mode, slack } = readSlack(env, p);
  const config = {
    mode,
    slack,
    port: readInt(env, 'PORT', 3000, 0, 65535, 'pick the port your load balancer forwards /slack/events to (0 = any free port)', p),
    listenChannels: readIds(env, 'LISTEN_CHANNELS', CHANNEL_ID, 'channel', p),
    sandboxAccess: {
      allowedChannels: readIds(env, 'SANDBOX_ALLOWED_CHANNELS', CHANNEL_ID, 'channel', p),
      allowedUsers: readIds(env, 'SANDBOX_ALLOWED_USERS', USER_ID, 'user', p),
      ratePerMin: readInt(env, 'SANDBOX_RATE_PER_MIN', 10, 1, 10_000, 'sandbox runs allowed per user per minute; unset for the default 10', p),
    },
    redisUrl: readRedisUrl(env, p),
    shutdownGraceMs: readInt(env, 'SHUTDOWN_GRACE_MS', 8000, 0, 600_000, 'milliseconds to let in-flight requests finish after SIGTERM; keep it below the supervisor\'s kill timeout (docker stop: 10 s, Kubernetes: 30 s, systemd: TimeoutStopSec)', p),
    logLevel: readLogLevel(env, p),
    knowledgeDir: readKnowledgeDir(env, p),
    store: readStore(env, p),
    instructors: readIds(env, 'INSTRUCTOR_USERS', USER_ID, 'user', p),
  };
  let sandbox: Config['sandbox'] | undefined;
  try {
    sandbox = readSandboxEnv(env);
  } catch (err) {
    if (!(err instanceof DockhandError)) throw err;
    p.list.push(err.message);
  }
  if (p.list.length > 0 || sandbox === undefined) {
    throw new DockhandError('CONFIG_INVALID', `Invalid configuration:\n- ${p.list.join('\n- ')}`, { problems: p.list });
  }
  // One cap, SANDBOX_CONCURRENCY: the access gate shares it over all replicas (with REDIS_URL), and
  // the sandbox holds each process to it as well, so the CLI and a replica without Redis keep it too.
  return { ...config, sandboxAccess: { ...config.sandboxAccess, maxConcurrent: sandbox.concurrency ?? DEFAULT_CONCURRENCY }, sandbox };
}
