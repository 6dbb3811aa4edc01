const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;
const SHORT: Record<string, string> = {
  '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v',
};

function hex(cp: number, digits: number): string {
  return cp.toString(16).padStart(digits, '0');
}

function escapeRune(ch: string): string {
  if (ch === '"' || ch === '\\') return '\\' + ch;
  if (PRINTABLE.test(ch)) return ch;
  const short = SHORT[ch];
  if (short) return short;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + hex(cp, 2);
  if (cp >= 0xd800 && cp <= 0xdfff) return '\\ufffd';
  return cp < 0x10000 ? '\\u' + hex(cp, 4) : '\\U' + hex(cp, 8);
}

/** Go's strconv.Quote, which `docker ps` applies to COMMAND. */
export function goQuote(text: string): string {
  let out = '"';
  for (const ch of text) out += escapeRune(ch);
  return out + '"';
}
