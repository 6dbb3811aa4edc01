import * as OpenCC from 'opencc-js';

// Building an opencc converter costs ~250 ms, so each is built once, on first use.
let s2t: ((text: string) => string) | undefined;
let t2s: ((text: string) => string) | undefined;

/** Simplified → Traditional (Taiwan characters, not Taiwan vocabulary: `tw`, not `twp`). */
export function toTraditional(text: string): string {
  s2t ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return s2t(text);
}

/** Traditional (Taiwan) → Simplified, for answering Simplified questions. */
export function toSimplified(text: string): string {
  t2s ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  return t2s(text);
}
