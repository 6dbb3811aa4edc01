import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactArgv, redactionSteps, redactText } from '../../../src/sandbox/format/redact-text.ts';

describe('redactText', () => {
  it.each([
    ['token xoxb-123-456-abc here', 'token <redacted> here'],
    ['xoxp-1-2 and xapp-1-A-2', '<redacted> and <redacted>'],
    ['git clone https://ghp_abcDEF123456@github.com/x', 'git clone https://<redacted>@github.com/x'],
    ['key AKIAABCDEFGHIJKLMNOP!', 'key <redacted>!'],
    ['mysql --password=hunter2 -u root', 'mysql --password=<redacted> -u root'],
    ['export DB_PASSWORD="two words"', 'export DB_PASSWORD="<redacted>"'],
    ['client_secret: abc123', 'client_secret: <redacted>'],
    ['postgres://app:s3cr3t@db/app', 'postgres://app:<redacted>@db/app'],
    ['Authorization: Bearer eyJhbGciOi.x.y', 'Authorization: Bearer <redacted>'],
  ])('%s', (input, output) => {
    expect(redactText(input)).toBe(output);
  });

  // Every shape the red-team review saw leak (H4, H5), verbatim, and the list.
  it.each([
    ['--x-pass V', 'sleep 100000 --db-pass hunter2-CMD', 'sleep 100000 --db-pass <redacted>'],
    ['-p V', 'mysql -p hunter2-P', 'mysql -p <redacted>'],
    ['-pV', 'mysql -uroot -phunter2-LOGP', 'mysql -uroot -p<redacted>'],
    ['-p"V V"', 'mysql -p"my secret"', 'mysql -p"<redacted>"'],
    ['*PASS*=', 'DB_PASS=hunter2-DBPASS; PGPASS=hunter2-PGPASS', 'DB_PASS=<redacted>; PGPASS=<redacted>'],
    ['*PASS*:', 'pass: hunter2-LOG5', 'pass: <redacted>'],
    ['*PASS* space', 'connecting with password hunter2-LOG', 'connecting with password <redacted>'],
    ['*PWD*', 'MYSQL_PWD=hunter2', 'MYSQL_PWD=<redacted>'],
    ['*TOKEN*', 'X-Auth-Token: hunter2', 'X-Auth-Token: <redacted>'],
    ['*SECRET*', 'secret=hunter2-INFOLABEL', 'secret=<redacted>'],
    ['*KEY*', 'x-api-key: 1234abcd AccountKey=abc==', 'x-api-key: <redacted> AccountKey=<redacted>'],
    ['JSON', '{"password": "hunter2 LOG6 with spaces", "token":"xoxb-1"}', '{"password": "<redacted>", "token":"<redacted>"}'],
    ['escaped JSON', '{\\"password\\":\\"hunter2\\"}', '{\\"password\\":\\"<redacted>\\"}'],
    ['Basic', 'Authorization: Basic dXNlcjpodW50ZXIy', 'Authorization: Basic <redacted>'],
    ['Basic in a flag', '--auth=Basic dXNlcjpodW50ZXIy', '--auth=Basic <redacted>'],
    ['Bearer', 'curl -H "Authorization: Bearer abc123def456"', 'curl -H "Authorization: Bearer <redacted>"'],
    ['JWT', 'jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJodW50ZXIyIn0.c2lnbmF0dXJl', 'jwt <redacted>'],
    ['AWS', 'AKIAIOSFODNN7EXAMPLE', '<redacted>'],
    ['Google', 'key=AIzaSyA1234567890abcdefghijklmnopqrstuv', 'key=<redacted>'],
    ['Google bare', 'AIzaSyA1234567890abcdefghijklmnopqrstuv', '<redacted>'],
    ['GitHub', 'ghp_abcdefghijklmnopqrstuvwxyz0123456789 github_pat_11ABCDEFG0123456789', '<redacted> <redacted>'],
    ['Slack', 'xoxb-1-2-hunter2 hooks.slack.com/services/T000/B000/XXXX', '<redacted> hooks.slack.com/services/<redacted>'],
    ['OpenAI, Stripe, npm', 'sk-abcdefghijklmnop1234 sk_live_abcdefghij12 npm_abcdefghijklmnopqrstuvwxyz0123456789', '<redacted> <redacted> <redacted>'],
    ['Telegram', 'bot 123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw9', 'bot <redacted>'],
    ['URL userinfo', 'HTTP Proxy: http://user:hunter2-PROXY@proxy:3128', 'HTTP Proxy: http://user:<redacted>@proxy:3128'],
    ['URL password only', 'redis://:hunter2@redis:6379/0', 'redis://:<redacted>@redis:6379/0'],
    ['curl -u', 'curl -u admin:s3cret http://x', 'curl -u admin:<redacted> http://x'],
    ['redis', 'redis-server --requirepass foo', 'redis-server --requirepass <redacted>'],
    ['private key', '-----BEGIN RSA PRIVATE KEY-----\nMIIEabc\n-----END RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----\n<redacted>-----END RSA PRIVATE KEY-----'],
  ])('%s', (_shape, input, output) => {
    expect(redactText(input)).toBe(output);
  });

  it('leaves ordinary docker text alone (ports, paths, compiler flags, prose)', () => {
    for (const text of [
      'echo all good', 'sh -c \'for i in $(seq 1 50); do echo "line $i"; done\'', '/bin/sh -c #(nop)  LABEL a=b', '',
      'docker run -p 8080:80 -p 127.0.0.1:53:53/udp nginx', 'RUN mkdir -p /app && gcc -static -pthread -o hello hello.c', 'psql -h db -p 5432',
      'docker run -u 1000:1000 x', 'Press any key to continue', 'the password is required', 'PASSWORD=$DB_PASSWORD', 'echo ${SECRET_TOKEN}',
      'Basic usage', 'passwd.passwd.passwd', 'Up 2 hours', 'sha256:0632974a39ce', 'fixture/busybox:1.0',
    ]) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('is idempotent and never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 20 }).map((a) => a.join(''))), (text) => {
        const once = redactText(text);
        expect(redactText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('redactArgv', () => {
  it('hides the word after a secret flag or -p, but not ports, paths or plain flags', () => {
    expect(redactArgv(['docker', 'login', '-u', 'me', '-p', 'Sup3rSecret-typed'])).toEqual(['docker', 'login', '-u', 'me', '-p', '<redacted>']);
    expect(redactArgv(['docker', 'run', '-e', 'DB_PASSWORD=x', '--token', 'abc', '-p', '80:80', 'img'])).toEqual(['docker', 'run', '-e', 'DB_PASSWORD=<redacted>', '--token', '<redacted>', '-p', '80:80', 'img']);
    expect(redactArgv(['ps', '-a', '--no-trunc'])).toEqual(['ps', '-a', '--no-trunc']);
  });
});

/** Pieces that trigger every rule, some of them the ReDoS inputs of the old redactor. */
const FRAGMENTS = [
  'passwd.', 'password', 'pass', '=', ':', ' ', '"', "'", '\\"', '-p', '-u', '--db-pass', 'a', 'token', 'key', 'KEY_', '//', '@', 'u:',
  'Basic ', 'Bearer ', 'eyJ', 'eyJhbGciOiJIUzI1', '.', '-', 'xoxb-', 'ghp_', 'AKIA', 'AIza', '-----BEGIN ', 'PRIVATE KEY-----', '\n',
  '-----END', '$', '<redacted>', '12345678', ':AA', 'sk-', 'hooks.slack.com/services/',
];

describe('redactText is linear in the length of its input (M1)', () => {
  const steps = (text: string) => {
    redactionSteps();
    redactText(text);
    return redactionSteps();
  };

  it('examines at most a constant number of characters per character, for any mix of trigger pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 8 }), fc.integer({ min: 200, max: 3000 }), (pieces, reps) => {
        const text = pieces.join('').repeat(reps);
        expect(steps(text) / text.length).toBeLessThan(16);
      }),
      { numRuns: 200 },
    );
  });

  it('does 8× the work, not 64×, on 8× the text (step counts, so no clock is involved)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { minLength: 1, maxLength: 6 }), (pieces) => {
        const unit = pieces.join('');
        const n = Math.ceil(4000 / unit.length);
        const ratio = steps(unit.repeat(8 * n)) / steps(unit.repeat(n));
        expect(ratio).toBeLessThan(8 * 1.5);
      }),
      { numRuns: 200 },
    );
  });

  it('the old redactor\'s killer input (16 kB of "passwd.", 67 s before) costs a linear pass', () => {
    const text = 'passwd.'.repeat(16_384 / 7);
    expect(steps(text) / text.length).toBeLessThan(8);
    expect(redactText(text)).toBe(text);
  });
});
