import { describe, expect, it } from 'vitest';
import { goQuote } from '../../../src/sandbox/format/go-quote.ts';

describe('goQuote (strconv.Quote)', () => {
  it('escapes quotes, backslashes and control characters', () => {
    expect(goQuote('echo "hi"')).toBe('"echo \\"hi\\""');
    expect(goQuote('a\\b')).toBe('"a\\\\b"');
    expect(goQuote('a\tb\nc\x07\x00\x7f')).toBe('"a\\tb\\nc\\a\\x00\\x7f"');
  });

  it('keeps printable Unicode and escapes the invisible kind', () => {
    expect(goQuote('你好 é')).toBe('"你好 é"');
    expect(goQuote('a\u00a0b\u200bc')).toBe('"a\\u00a0b\\u200bc"');
    expect(goQuote('\u{e0001}')).toBe('"\\U000e0001"');
  });
});
