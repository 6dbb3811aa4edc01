import { cleanCell } from './clean-text.ts';
import { goTabwriter } from './go-tabwriter.ts';

/**
 * The CLI's `table` output: a header row and one row per item, tab-separated and aligned by
 * `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` (docker/cli formatter.Context.postFormat). Every
 * cell is cleaned first (secrets redacted, control characters escaped), so a value from the
 * engine can neither leak nor break the table's rows and columns.
 */
export function formatTable(header: string[], rows: string[][]): string {
  const text = [header, ...rows.map((cells) => cells.map(cleanCell))].map((cells) => cells.join('\t') + '\n').join('');
  return goTabwriter(text, { minWidth: 10, padding: 3 });
}

/** `-q`: one value per line, no header, no alignment. */
export function formatQuiet(values: string[]): string {
  return values.map((v) => cleanCell(v) + '\n').join('');
}
