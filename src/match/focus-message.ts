/**
 * What identifies a message, when a learner pastes a terminal session around the question: the
 * prose, the commands they typed and the error lines stay; table rows, progress and hashes go.
 * Pure and linear in the length of the text.
 */

// A shell prompt before a typed command: `$ `, `# `, `vagrant@ubuntu:~$ `, `PS C:\> `, `❯ `.
const PROMPT = /^\s*(?:[\w.-]+@[\w.-]+:[^\s$#]*\s?[$#]|PS [^>]*>|[$#❯>%]) ?(?=\S)/;
// Words that make a line of output worth keeping: it says what went wrong.
const ERRORISH = /error|denied|cannot|can't|unable|not found|no such|requires|conflict|fatal|failed|refused|warning|invalid|unknown|permission|exec format|is not|could not|timeout|timed out|unauthorized/i;
// Output nobody reads for meaning: table rows (columns 3+ spaces apart), digests, progress, frames.
const NOISE = [
  /^\s*[0-9a-f]{12}\s/i, // a ps / images row
  /\b[0-9a-f]{32,}\b/i, // a digest
  /(?:pulling|waiting|verifying|download|extracting|pull complete|already exists)\b.*$/i,
  /^\s*(?:at |goroutine |\s*\d+:\s)/, // stack frames
  /^\s*[-=_*#~]{4,}\s*$/, // rulers
];

const COLUMNS = /\S(?: {3,}|\t)\S.*\S(?: {3,}|\t)\S/;
const MAX_CHARS = 1500;
const MAX_LINE = 240;

type Kind = 'prose' | 'evidence';

function classify(raw: string): { kind: Kind; text: string } | null {
  const line = raw.trim();
  if (!line) return null;
  const prompt = PROMPT.exec(raw);
  if (prompt) return { kind: 'evidence', text: raw.slice(prompt[0].length).trim() };
  if (ERRORISH.test(line)) return { kind: 'evidence', text: line };
  if (NOISE.some((n) => n.test(line))) return null;
  // A table's header row says what the table is; its rows say nothing more.
  if (COLUMNS.test(line)) return /^[A-Z][A-Z ]+\s{3,}[A-Z]/.test(line) ? { kind: 'evidence', text: line } : null;
  return { kind: 'prose', text: line };
}

/** The learner's own words first, then the commands and errors, within the budget, in their order. */
export function focusMessage(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.length <= 2 && text.length <= MAX_CHARS) return text;
  const classified = lines.map(classify).filter((l) => l !== null);
  const keep = new Set<number>();
  let size = 0;
  for (const kind of ['prose', 'evidence'] as const) {
    classified.forEach((l, i) => {
      const n = Math.min(l.text.length, MAX_LINE) + 1;
      if (l.kind !== kind || size + n > MAX_CHARS) return;
      keep.add(i);
      size += n;
    });
  }
  const kept = classified.filter((_, i) => keep.has(i)).map((l) => l.text.slice(0, MAX_LINE));
  return kept.length > 0 ? kept.join('\n') : text.slice(0, MAX_CHARS);
}
