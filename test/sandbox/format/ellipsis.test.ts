import { describe, expect, it } from 'vitest';
import { ellipsis } from '../../../src/sandbox/format/ellipsis.ts';

describe('ellipsis (docker/cli formatter.Ellipsis)', () => {
  it('keeps short text and cuts long ASCII to width-1 plus …', () => {
    expect(ellipsis('short', 20)).toBe('short');
    expect(ellipsis('x'.repeat(20), 20)).toBe('x'.repeat(20));
    expect(ellipsis('sh -c \'for i in $(seq 1 50)\'', 20)).toBe("sh -c 'for i in $(s…");
  });

  it('counts wide characters as two columns', () => {
    expect(ellipsis('echo 你好世界你好世界你好世界', 20)).toBe('echo 你好世界你好世…');
    expect(ellipsis('café crème brûlée au caramel', 20)).toBe('café crème brûlée a…');
  });

  it('handles the degenerate widths as Go does', () => {
    expect(ellipsis('abc', 0)).toBe('');
    expect(ellipsis('abc', 1)).toBe('a');
    expect(ellipsis('', 20)).toBe('');
  });
});
