import { describe, expect, it } from 'vitest';
import { escapeMrkdwn } from '../../../src/slack/blocks/escape-mrkdwn.ts';

describe('escapeMrkdwn', () => {
  it('escapes the three control characters, & first', () => {
    expect(escapeMrkdwn('<!channel> a&b >')).toBe('&lt;!channel&gt; a&amp;b &gt;');
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
    expect(escapeMrkdwn('')).toBe('');
  });
});
