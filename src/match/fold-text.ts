import { TRADITIONAL_TO_SIMPLIFIED } from '../lang/generated/script-chars.ts';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL_TO_SIMPLIFIED.length; ) {
  const t = String.fromCodePoint(TRADITIONAL_TO_SIMPLIFIED.codePointAt(i)!);
  i += t.length;
  const s = String.fromCodePoint(TRADITIONAL_TO_SIMPLIFIED.codePointAt(i)!);
  i += s.length;
  FOLD.set(t, s);
}

const HAN = /\p{Script=Han}/u;

/**
 * One spelling for what people type many ways: NFKC (full-width letters, compatibility forms),
 * lower case, typographic quotes and dashes, and both Chinese scripts folded onto one (Traditional
 * characters map to Simplified unambiguously; the other way round is one-to-many).
 */
export function foldText(text: string): string {
  let out = text.normalize('NFKC').toLowerCase().replace(/[‘’`´]/g, "'").replace(/[“”]/g, '"').replace(/[–—]/g, '-');
  if (HAN.test(out)) out = Array.from(out, (c) => FOLD.get(c) ?? c).join('');
  return out;
}
