import { describe, expect, it } from 'vitest';
import { redactText } from '../../../src/sandbox/format/redact-text.ts';

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

  it('leaves ordinary text alone', () => {
    for (const text of ['echo all good', 'sh -c \'for i in $(seq 1 50); do echo "line $i"; done\'', '/bin/sh -c #(nop)  LABEL a=b', '']) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('is idempotent', () => {
    const once = redactText('API_TOKEN=xoxb-1-2 password=x');
    expect(redactText(once)).toBe(once);
  });
});
