/*
 * What the engine sends is shown in terminals (the shell, `ask`) and in Slack. Control characters
 * in it could clear a terminal, recolour or rewrite what was printed, reorder text (bidi
 * overrides) or break a table's rows. They are shown as escapes instead, the way Go's %q writes
 * them (`\x1b`, `\u202e`). One pass, no regular expressions.
 */

/** Characters that act instead of print: C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, line/paragraph separators. */
export function isControl(c: number): boolean {
  return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x2028 || c === 0x2029 || c === 0x200e || c === 0x200f || c === 0x061c;
}

const hex = (c: number, width: number) => c.toString(16).padStart(width, '0');
export const escapeControl = (c: number): string => (c <= 0xff ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`);

/** A table cell or one-line value: every control character (tabs and newlines too) becomes an escape. */
export function neutralizeLine(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c)) continue;
    out += text.slice(last, i) + escapeControl(c);
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * Where a terminal escape sequence that starts at `i` (ESC) ends: CSI (`ESC [ … final`), OSC
 * (`ESC ] … BEL` or `ESC \`), or a two-character escape. Bounded, so a lone ESC costs nothing.
 */
function escapeSequenceEnd(text: string, i: number): number {
  const next = text.charCodeAt(i + 1);
  if (next === 0x5b) {
    // CSI: parameter and intermediate bytes 0x20–0x3f, then one final byte 0x40–0x7e.
    let j = i + 2;
    const limit = Math.min(text.length, i + 64);
    while (j < limit) {
      const c = text.charCodeAt(j);
      if (c >= 0x40 && c <= 0x7e) return j + 1;
      if (c < 0x20 || c > 0x3f) return -1;
      j++;
    }
    return -1;
  }
  if (next === 0x5d) {
    const limit = Math.min(text.length, i + 512);
    for (let j = i + 2; j < limit; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x07) return j + 1;
      if (c === 0x1b && text.charCodeAt(j + 1) === 0x5c) return j + 2;
      if (c === 0x0a) return -1;
    }
    return -1;
  }
  return next >= 0x40 && next <= 0x5f ? i + 2 : -1;
}

/**
 * Multi-line text (container logs): newlines and tabs stay; CRLF and lone CR become newlines (a
 * TTY's output, progress lines); colour and cursor sequences are dropped; every other control
 * character becomes an escape.
 */
export function neutralizeText(text: string): string {
  let out = '';
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x09 || !isControl(c)) continue;
    let replacement: string;
    let skip = 0;
    if (c === 0x0d) {
      replacement = '\n';
      if (text.charCodeAt(i + 1) === 0x0a) skip = 1;
    } else if (c === 0x1b) {
      const end = escapeSequenceEnd(text, i);
      replacement = end < 0 ? escapeControl(c) : '';
      if (end > 0) skip = end - i - 1;
    } else replacement = escapeControl(c);
    out += text.slice(last, i) + replacement;
    i += skip;
    last = i + 1;
  }
  return last === 0 ? text : out + text.slice(last);
}
