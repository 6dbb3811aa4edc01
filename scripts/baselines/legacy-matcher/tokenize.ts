const SEGMENTER = new Intl.Segmenter('zh', { granularity: 'word' });

// A Han run, a docker flag (`-aq`, `--filter`, only after a space so `hello-world` stays two
// words), or a word that may hold `=` `.` `:` `/` `_` inside (`status=exited`, `ubuntu:14.04`, `hello.c`).
const WORD_CHAR = String.raw`(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}])`;
const PIECE = new RegExp(
  String.raw`(\p{Script=Han}+)|(?<![\p{L}\p{N}])(--?[a-z0-9][a-z0-9-]*)|(${WORD_CHAR}+(?:[=.:/_']${WORD_CHAR}+)*)`,
  'gu',
);

/** Lowercases and splits text into words: Intl.Segmenter for Chinese, plain words and docker flags otherwise. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const m of text.toLowerCase().replace(/[’‘]/g, "'").matchAll(PIECE)) {
    const [, han, flag, word] = m;
    if (han) tokens.push(...segmentHan(han));
    else if (flag) tokens.push(flag);
    else if (word) tokens.push(word);
  }
  return tokens;
}

function segmentHan(run: string): string[] {
  const words: string[] = [];
  for (const s of SEGMENTER.segment(run)) if (s.isWordLike) words.push(s.segment);
  return words;
}
