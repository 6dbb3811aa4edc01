import { describe, expect, it } from 'vitest';
import { readConfig } from '../src/config.ts';
import { isDockhandError } from '../src/errors.ts';

const SECRET = '8f742231b10e8888abcd99eeeeee85a5';
const HTTP = { SLACK_BOT_TOKEN: 'xoxb-1-2-abc', SLACK_SIGNING_SECRET: SECRET };

function configError(env: Record<string, string>): string {
  try {
    readConfig(env);
  } catch (err) {
    if (!isDockhandError(err, 'CONFIG_INVALID')) throw err;
    return err.message;
  }
  throw new Error('expected CONFIG_INVALID');
}

describe('readConfig', () => {
  it('runs the local shell when no Slack variable is set, with the defaults', () => {
    const config = readConfig({});
    expect(config.mode).toBe('local');
    expect(config.slack).toBeNull();
    expect(config.port).toBe(3000);
    expect(config.sandboxAccess).toEqual({ allowedChannels: [], allowedUsers: [], ratePerMin: 10, maxConcurrent: 4 });
    expect(config.redisUrl).toBeNull();
    expect(config.shutdownGraceMs).toBe(8000);
    expect(config.listenChannels).toEqual([]);
    expect(config.logLevel).toBe('info');
    expect(config.sandbox.host).toBe('unix:///var/run/docker.sock');
  });

  it('keeps the history in SQLite under ./data by default, for 90 days, with no instructors', () => {
    expect(readConfig({}).store).toEqual({ recording: true, dataDir: `${process.cwd()}/data`, databaseUrl: null, retentionDays: 90 });
    expect(readConfig({}).instructors).toEqual([]);
  });

  it('reads DATA_DIR, DATABASE_URL, RETENTION_DAYS, RECORDING and INSTRUCTOR_USERS', () => {
    const config = readConfig({
      DATA_DIR: '/var/lib/dockhand', DATABASE_URL: 'postgres://dh:pw@db:5432/dockhand', RETENTION_DAYS: '30', RECORDING: 'OFF', INSTRUCTOR_USERS: 'U0TEACH, W0OTHER',
    });
    expect(config.store).toEqual({ recording: false, dataDir: '/var/lib/dockhand', databaseUrl: 'postgres://dh:pw@db:5432/dockhand', retentionDays: 30 });
    expect(config.instructors).toEqual(['U0TEACH', 'W0OTHER']);
    expect(readConfig({ DATABASE_URL: 'postgresql://localhost/x' }).store.databaseUrl).toBe('postgresql://localhost/x');
  });

  it('names bad history variables with a fix, and never repeats a database password', () => {
    const message = configError({ DATABASE_URL: 'mysql://root:hunter2@db/x', RETENTION_DAYS: '0', RECORDING: 'maybe', INSTRUCTOR_USERS: 'alice,U0OK', DATA_DIR: 'package.json' });
    expect(message).toContain('DATABASE_URL is not a PostgreSQL URL: give postgres://user:password@host:5432/dbname');
    expect(message).not.toContain('hunter2');
    expect(message).toMatch(/RETENTION_DAYS must be a whole number from 1 to 3650 \(got "0"\)/);
    expect(message).toMatch(/RECORDING is "maybe": use on/);
    expect(message).toMatch(/INSTRUCTOR_USERS has malformed user IDs \(alice\)/);
    expect(message).toMatch(/DATA_DIR is not a directory/);
  });

  it('reads KNOWLEDGE_DIR as an absolute folder, and names it when it is not one', () => {
    expect(readConfig({}).knowledgeDir).toBeNull();
    expect(readConfig({ KNOWLEDGE_DIR: 'knowledge' }).knowledgeDir).toBe(`${process.cwd()}/knowledge`);
    expect(configError({ KNOWLEDGE_DIR: '/nope/cards' })).toMatch(/KNOWLEDGE_DIR is not a directory \("\/nope\/cards"\)/);
    expect(configError({ KNOWLEDGE_DIR: 'package.json' })).toMatch(/KNOWLEDGE_DIR/);
  });

  it('reads HTTP mode with every optional variable', () => {
    const config = readConfig({
      ...HTTP,
      PORT: '8080',
      SLACK_API_URL: 'http://127.0.0.1:9999/api',
      LISTEN_CHANNELS: 'C0123ABC, G0456DEF',
      SANDBOX_ALLOWED_CHANNELS: 'C0123ABC',
      SANDBOX_ALLOWED_USERS: 'U01AAA,W02BBB',
      SANDBOX_RATE_PER_MIN: '3',
      SANDBOX_CONCURRENCY: '2',
      REDIS_URL: 'redis://:s3cret@redis.internal:6380/1',
      SHUTDOWN_GRACE_MS: '25000',
      LOG_LEVEL: 'DEBUG',
      SANDBOX_DOCKER_HOST: 'tcp://127.0.0.1:2375',
    });
    expect(config.mode).toBe('http');
    expect(config.slack).toEqual({ botToken: 'xoxb-1-2-abc', signingSecret: SECRET, appToken: null, apiUrl: 'http://127.0.0.1:9999/api/' });
    expect(config.port).toBe(8080);
    expect(config.listenChannels).toEqual(['C0123ABC', 'G0456DEF']);
    expect(config.sandboxAccess).toEqual({ allowedChannels: ['C0123ABC'], allowedUsers: ['U01AAA', 'W02BBB'], ratePerMin: 3, maxConcurrent: 2 });
    expect(config.redisUrl).toBe('redis://:s3cret@redis.internal:6380/1');
    expect(config.shutdownGraceMs).toBe(25000);
    expect(config.logLevel).toBe('debug');
    expect(config.sandbox.host).toBe('tcp://127.0.0.1:2375');
  });

  it('chooses Socket Mode when SLACK_APP_TOKEN is set, with no signing secret needed', () => {
    const config = readConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1-A1-2-x' });
    expect(config.mode).toBe('socket');
    expect(config.slack?.appToken).toBe('xapp-1-A1-2-x');
    expect(config.slack?.signingSecret).toBeNull();
  });

  it('names a missing bot token and where to get it', () => {
    const message = configError({ SLACK_SIGNING_SECRET: SECRET });
    expect(message).toMatch(/SLACK_BOT_TOKEN is missing/);
    expect(message).toMatch(/OAuth & Permissions/);
  });

  it('names a missing signing secret in HTTP mode and offers Socket Mode', () => {
    const message = configError({ SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(message).toMatch(/SLACK_SIGNING_SECRET is missing/);
    expect(message).toMatch(/Signing Secret/);
    expect(message).toMatch(/SLACK_APP_TOKEN/);
  });

  it('rejects tokens of the wrong kind', () => {
    expect(configError({ ...HTTP, SLACK_BOT_TOKEN: 'xoxp-user-token' })).toMatch(/SLACK_BOT_TOKEN must start with "xoxb-"/);
    expect(configError({ ...HTTP, SLACK_APP_TOKEN: 'xoxb-1' })).toMatch(/SLACK_APP_TOKEN must start with "xapp-"/);
    expect(configError({ ...HTTP, SLACK_SIGNING_SECRET: 'not hex!' })).toMatch(/SLACK_SIGNING_SECRET is malformed/);
  });

  it('reports every bad variable at once', () => {
    const message = configError({ ...HTTP, PORT: 'eighty', SANDBOX_RATE_PER_MIN: '0', LOG_LEVEL: 'loud', SLACK_API_URL: 'ftp://x' });
    expect(message).toMatch(/PORT must be a whole number from 0 to 65535 \(got "eighty"\)/);
    expect(message).toMatch(/SANDBOX_RATE_PER_MIN must be a whole number from 1/);
    expect(message).toMatch(/LOG_LEVEL is "loud"/);
    expect(message).toMatch(/SLACK_API_URL is not an http\(s\) URL/);
  });

  it('names a bad SHUTDOWN_GRACE_MS, SANDBOX_CONCURRENCY or REDIS_URL with the fix, never echoing a Redis password', () => {
    const message = configError({ ...HTTP, SHUTDOWN_GRACE_MS: '5s', SANDBOX_CONCURRENCY: '0', REDIS_URL: 'http://:hunter2@redis:6379' });
    expect(message).toMatch(/SHUTDOWN_GRACE_MS must be a whole number from 0 to 600000 \(got "5s"\): .*supervisor's kill timeout/);
    expect(message).toMatch(/SANDBOX_CONCURRENCY.*1 to 64/);
    expect(message).toMatch(/REDIS_URL is not a redis:\/\/ or rediss:\/\/ URL: give e\.g\. redis:\/\//);
    expect(message).not.toContain('hunter2');
    expect(readConfig({ ...HTTP, REDIS_URL: 'rediss://redis.example.com:6380' }).redisUrl).toBe('rediss://redis.example.com:6380');
  });

  it('rejects malformed channel and user ids, naming them', () => {
    const message = configError({ ...HTTP, LISTEN_CHANNELS: 'general,C0123ABC', SANDBOX_ALLOWED_USERS: 'alice' });
    expect(message).toMatch(/LISTEN_CHANNELS has malformed channel IDs \(general\)/);
    expect(message).toMatch(/SANDBOX_ALLOWED_USERS has malformed user IDs \(alice\)/);
  });

  it('treats blank variables as unset and ignores empty list items', () => {
    const config = readConfig({ SLACK_BOT_TOKEN: ' ', PORT: '', LISTEN_CHANNELS: ' , ,' });
    expect(config.mode).toBe('local');
    expect(config.port).toBe(3000);
    expect(config.listenChannels).toEqual([]);
  });

  it('passes the sandbox connection problems through with the rest', () => {
    const message = configError({ ...HTTP, PORT: '-1', SANDBOX_DOCKER_HOST: 'http://nope' });
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/SANDBOX_DOCKER_HOST/);
  });

  it('is a pure function of the env it is given', () => {
    const env = { ...HTTP, PORT: '4000' };
    expect(readConfig(env)).toEqual(readConfig({ ...env }));
    expect(env).toEqual({ ...HTTP, PORT: '4000' });
  });
});
