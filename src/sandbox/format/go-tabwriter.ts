import { displayWidth } from './char-width.ts';

export interface TabwriterOptions {
  minWidth: number;
  padding: number;
}

interface Cell {
  text: string;
  width: number;
  htab: boolean;
}

function cells(row: string): Cell[] {
  const parts = row.split('\t');
  return parts.map((p, i) => ({ text: p, width: displayWidth(p), htab: i < parts.length - 1 }));
}

/**
 * Lines of cells. The text after the last newline is the line Go still holds at Flush, where
 * its trailing cell counts only if it is not empty.
 */
function parse(text: string): Cell[][] {
  const rows = text.split('\n');
  const lines = rows.map(cells);
  const last = lines[lines.length - 1] as Cell[];
  if ((last[last.length - 1] as Cell).text === '') last.pop();
  return lines;
}

/**
 * Go's text/tabwriter (as forked by docker/cli, widths by go-runewidth) with a space pad char
 * and no flags: each run of consecutive lines that have a cell in column k forms a block whose
 * width is max(minWidth, widest cell + padding). The elastic-tabstop recursion is ported as is.
 */
export function goTabwriter(text: string, opts: TabwriterOptions): string {
  const lines = parse(text);
  const widths: number[] = [];
  let out = '';

  const writeLines = (line0: number, line1: number): void => {
    for (let i = line0; i < line1; i++) {
      const line = lines[i] as Cell[];
      line.forEach((c, j) => {
        out += c.text;
        if (j < widths.length) out += ' '.repeat((widths[j] as number) - c.width);
      });
      if (i + 1 < lines.length) out += '\n';
    }
  };

  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let current = line0; current < line1; current++) {
      if (column >= (lines[current] as Cell[]).length - 1) continue;
      writeLines(line0, current);
      line0 = current;
      let width = opts.minWidth;
      for (; current < line1; current++) {
        const line = lines[current] as Cell[];
        if (column >= line.length - 1) break;
        width = Math.max(width, (line[column] as Cell).width + opts.padding);
      }
      widths.push(width);
      format(line0, current);
      widths.pop();
      line0 = current;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out;
}
