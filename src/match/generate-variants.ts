import type { Example } from '../knowledge/example-schema.ts';
import { toSimplified } from '../lang/convert-chinese.ts';
import { hashString } from './hash-string.ts';
import { mulberry32 } from './train-linear-model.ts';

const KEYBOARD_NEIGHBOURS: Record<string, string> = {
  a: 'qs', b: 'vn', c: 'xv', d: 'sf', e: 'wr', f: 'dg', g: 'fh', h: 'gj', i: 'uo', j: 'hk', k: 'jl', l: 'k', m: 'n',
  n: 'bm', o: 'ip', p: 'o', q: 'w', r: 'et', s: 'ad', t: 'ry', u: 'yi', v: 'cb', w: 'qe', x: 'zc', y: 'tu', z: 'x',
};

/** One slip of the kind people make: two letters swapped, one dropped, doubled, or a neighbouring key. */
function typo(word: string, random: () => number): string {
  const i = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i);
    default: {
      const near = KEYBOARD_NEIGHBOURS[word[i]!] ?? word[i]!;
      return word.slice(0, i) + near[Math.floor(random() * near.length)] + word.slice(i + 1);
    }
  }
}

function withTypos(text: string, random: () => number): string {
  const words = text.split(/(\s+)/);
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => /^[a-z]{5,}$/i.test(w));
  if (candidates.length === 0) return text;
  for (let n = 0; n < Math.min(2, candidates.length); n++) {
    const [w, i] = candidates[Math.floor(random() * candidates.length)]!;
    words[i] = typo(w, random);
  }
  return words.join('');
}

/** As the Events API delivers it: a mention first, docker words in backticks, sometimes an emoji. */
function asSlack(text: string, random: () => number): string {
  const marked = text.replace(/\b(docker(?: [a-z]+){1,3}(?: -{1,2}[a-z]+)*)/gi, '`$1`').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const emoji = random() < 0.5 ? ' :thinking_face:' : '';
  return `<@U0DOCKHAND> ${marked}${emoji}`;
}

/**
 * Generated variants of written examples (counted apart from them): a Slack-wrapped copy, English
 * with typos, Taiwanese Chinese in mainland wording. Deterministic: seeded by the text itself.
 */
export function generateVariants(example: Example): Example[] {
  const random = mulberry32(hashString(example.text));
  const out: Example[] = [];
  const variant = (text: string, style: Example['style'], lang: Example['lang'] = example.lang): Example => ({
    ...example,
    text,
    lang,
    style,
    origin: 'variant',
  });
  if (example.style !== 'slack' && random() < 0.35) out.push(variant(asSlack(example.text, random), 'slack'));
  if (example.lang === 'en' && example.style !== 'typo' && random() < 0.4) {
    const typed = withTypos(example.text, random);
    if (typed !== example.text) out.push(variant(typed, 'typo'));
  }
  if (example.lang === 'zh-TW') {
    const simplified = toSimplified(example.text);
    if (simplified !== example.text) out.push(variant(simplified, example.style, 'zh-CN'));
  }
  return out;
}
