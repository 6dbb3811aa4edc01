import type { OutputLimits, SandboxOutput } from '../output-limits.ts';

/**
 * Text within the output limits: whole lines up to `limits.rows` lines and `limits.chars`
 * characters; the lines cut are added to `more`. A single line longer than the budget is cut
 * with "…" (its remaining lines, if any, counted).
 */
export function cutOutput(text: string, more: number, limits: OutputLimits): SandboxOutput {
  if (text.length <= limits.chars) {
    let lines = 0;
    let at = -1;
    while ((at = text.indexOf('\n', at + 1)) >= 0 && at < text.length - 1) {
      if (++lines >= limits.rows) return { text: text.slice(0, at + 1), more: more + countLines(text, at + 1) };
    }
    return { text, more };
  }
  let end = text.lastIndexOf('\n', limits.chars - 1);
  let lines = 0;
  for (let at = text.indexOf('\n'); at >= 0 && at < end; at = text.indexOf('\n', at + 1)) {
    if (++lines >= limits.rows) {
      end = at;
      break;
    }
  }
  if (end < 0) return { text: `${text.slice(0, limits.chars - 1)}…\n`, more: more + countLines(text, limits.chars) - 1 };
  return { text: text.slice(0, end + 1), more: more + countLines(text, end + 1) };
}

/** Lines in text[from…] (a last line without a newline counts). */
export function countLines(text: string, from = 0): number {
  let n = 0;
  let at = from - 1;
  while ((at = text.indexOf('\n', at + 1)) >= 0) n++;
  if (text.length > from && !text.endsWith('\n')) n++;
  return n;
}
