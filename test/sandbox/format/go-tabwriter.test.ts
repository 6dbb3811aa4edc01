import { describe, expect, it } from 'vitest';
import { goTabwriter } from '../../../src/sandbox/format/go-tabwriter.ts';

const table = (text: string) => goTabwriter(text, { minWidth: 10, padding: 3 });

describe('goTabwriter', () => {
  it('pads every column to max(minWidth, widest cell + padding) and leaves the last cell alone', () => {
    expect(table('A\tBB\tC\nlonger-cell\tx\ty\n')).toBe('A             BB        C\nlonger-cell   x         y\n');
  });

  it('pads empty cells too, which leaves trailing spaces as the CLI does', () => {
    expect(table('IMAGE\tCOMMENT\nx\t\n')).toBe('IMAGE     COMMENT\nx         \n');
  });

  it('measures wide characters as two columns', () => {
    expect(table('名前\tB\nab\tC\n')).toBe('名前      B\nab        C\n');
  });

  it('aligns only contiguous lines that have the column', () => {
    const out = goTabwriter('a:\tone\nlonger-label:\ttwo\nplain line\nb:\tthree\n', { minWidth: 0, padding: 1 });
    expect(out).toBe('a:            one\nlonger-label: two\nplain line\nb: three\n');
  });

  it('formats a last line without newline as Go does at Flush, and handles empty input', () => {
    expect(table('a\tb')).toBe('a         b');
    // A tab-terminated cell that ends the text is the line's last cell, which is never padded.
    expect(table('a\t')).toBe('a');
    expect(table('')).toBe('');
  });
});
