import * as OpenCC from 'opencc-js';

type Convert = (text: string) => string;

// Building an opencc converter costs ~250 ms, so each is built once, on first use.
function lazy(build: () => Convert): Convert {
  let convert: Convert | undefined;
  return (text) => (convert ??= build())(text);
}

/** Simplified → Traditional (Taiwan characters, not Taiwan vocabulary: `tw`, not `twp`). */
export const toTraditional: Convert = lazy(() => OpenCC.Converter({ from: 'cn', to: 'tw' }));

/** Traditional (Taiwan) → Simplified, for answering Simplified questions. */
export const toSimplified: Convert = lazy(() => OpenCC.Converter({ from: 'tw', to: 'cn' }));
