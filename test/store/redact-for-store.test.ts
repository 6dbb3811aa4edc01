import { describe, expect, it } from 'vitest';
import { redactArgv, redactForStore } from '../../src/store/redact-for-store.ts';
import { SECRET_SHAPES } from './secret-shapes.ts';

describe('redactForStore', () => {
  it.each(SECRET_SHAPES)('removes $name', ({ text, secret }) => {
    const out = redactForStore(text);
    expect(out).not.toContain(secret);
    expect(out).toContain('<redacted>');
  });

  it('keeps what teaches: names of variables and flags, ports, ordinary questions', () => {
    expect(redactForStore('DB_PASS=hunter2')).toBe('DB_PASS=<redacted>');
    expect(redactForStore('docker run -p 8080:80 nginx')).toBe('docker run -p 8080:80 nginx');
    expect(redactForStore('docker run -p127.0.0.1:80:80/tcp web')).toBe('docker run -p127.0.0.1:80:80/tcp web');
    for (const q of ['what are the basic commands', 'how do I reset my password', 'how do I mount a host folder', '什麼是 namespace']) {
      expect(redactForStore(q)).toBe(q);
    }
    // A secret's name followed by a word could be `token s3cr3t`: storage errs on the side of hiding.
    expect(redactForStore('what is a token bucket')).toBe('what is a token <redacted>');
  });

  it('removes Slack mentions and e-mail addresses, and bounds the length', () => {
    expect(redactForStore('ask <@U0ALICE|alice> or mail bob@example.com')).toBe('ask @someone or mail <email>');
    expect(redactForStore('x'.repeat(10_000))).toHaveLength(2000);
  });

  // Speed on these is bench:redact's job (no timed assertions here); what they must not do is come
  // out half-redacted, so a second pass finds nothing more.
  it('is idempotent on inputs built to make regexes backtrack', () => {
    for (const evil of ['passwd.'.repeat(300), `${'a='.repeat(1000)}`, `-p${'-p'.repeat(1000)}`, `"${'"a":'.repeat(500)}`, `//${':'.repeat(1999)}`]) {
      const once = redactForStore(evil);
      expect(redactForStore(once)).toBe(once);
    }
  });
});

describe('redactArgv', () => {
  it('redacts the value after a flag that names a secret, and -p unless it is a port mapping', () => {
    expect(redactArgv(['docker', 'login', '-u', 'me', '-p', 'hunter2'])).toEqual(['docker', 'login', '-u', 'me', '-p', '<redacted>']);
    expect(redactArgv(['docker', 'run', '-p', '8080:80', 'nginx'])).toEqual(['docker', 'run', '-p', '8080:80', 'nginx']);
    expect(redactArgv(['docker', 'run', '--db-pass', 'hunter2', '-e', 'TOKEN=abc', 'x'])).toEqual(['docker', 'run', '--db-pass', '<redacted>', '-e', 'TOKEN=<redacted>', 'x']);
    expect(redactArgv(['docker', 'ps', '-a', '--filter', 'name=web'])).toEqual(['docker', 'ps', '-a', '--filter', 'name=web']);
  });
});
