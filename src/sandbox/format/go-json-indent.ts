import { isControl } from './neutralize-controls.ts';

/**
 * The JSON `docker inspect` prints: the daemon's encoding/json output (moby turns HTML escaping
 * off, so <, > and & stay as they are) re-indented by json.Indent with four spaces. Go still
 * escapes U+2028/2029 and writes control characters as \u00XX (the engine's Go 1.19 has no
 * \b or \f short forms).
 */
export function goString(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (cp < 0x20 || cp === 0x2028 || cp === 0x2029 || isControl(cp)) {
      // Beyond Go: DEL, C1 and bidi controls too, so a value cannot act on the terminal showing it.
      out += '\\u' + cp.toString(16).padStart(4, '0');
    } else if (cp >= 0xd800 && cp <= 0xdfff) out += '\\ufffd';
    else out += ch;
  }
  return out + '"';
}

function encode(value: unknown, indent: string): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
  if (typeof value === 'boolean') return String(value);
  const inner = indent + '    ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + encode(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${goString(k)}: ${encode(v, inner)}`).join(',\n')}\n${indent}}`;
}

export function goJsonIndent(value: unknown): string {
  return encode(value, '');
}
