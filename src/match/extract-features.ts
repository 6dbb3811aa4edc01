import { cleanSlackText } from './clean-slack-text.ts';
import type { ConceptFinder } from './concept-finder.ts';
import { stepNumbers } from './step-references.ts';
import { foldText } from './fold-text.ts';
import { focusMessage } from './focus-message.ts';

/** Sparse features of one message: name → value. Each block has unit length, times its weight. */
export type Features = Map<string, number>;

export interface FeatureOptions {
  /** How much each kind of evidence weighs against the others. */
  blocks: { word: number; bigram: number; chars: number; han: number; flag: number; error: number; concept: number; step: number };
  /** Recognises pasted docker errors; its hits become `e:` features. */
  errors?: ErrorSignatures;
  /** Domain synonyms; each concept mentioned becomes a `k:` feature. */
  concepts?: ConceptFinder;
  /** Fixes typos: an unknown word → the known word it misspells, or null. */
  correct?: (word: string) => string | null;
  /** Step number of the notes → the cards that explain a step with that number (in some section). */
  steps?: ReadonlyMap<number, readonly string[]>;
}

export interface ErrorSignatures {
  /** Ids of the known errors this (folded) text contains. */
  find(words: ReadonlySet<string>): string[];
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = {
  blocks: { word: 1, bigram: 0.6, chars: 0.6, han: 1, flag: 0.5, error: 1, concept: 0.8, step: 0.8 },
};

const HAN_RUN = /\p{Script=Han}+/gu;
// Words keep inner . _ : = / - (`status=exited`, `hello.c`, `ubuntu:14.04`, `fishboneapps/hello-world`).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}._:=/+-]*[\p{L}\p{N}])?/gu;
const FLAG = /(?<![\p{L}\p{N}-])(--?[a-z][a-z0-9-]*)/gu;
const MAX_WORDS = 200;

/** Plural folding only: containers → container; flags, paths and `status=exited` stay as written. */
export function stemWord(w: string): string {
  if (!/^[a-z]{4,}$/.test(w)) return w;
  if (w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (/(?:ss|us|is|os)$/.test(w)) return w;
  if (w.endsWith('es') && /(?:ch|sh|x|s)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s')) return w.slice(0, -1);
  return w;
}

/** The words of folded text in order, plural-folded; Han text is not words here. */
export function tokensOf(folded: string): string[] {
  const out: string[] = [];
  for (const m of folded.matchAll(WORD)) {
    const w = m[0];
    if (/\p{Script=Han}/u.test(w)) continue;
    out.push(stemWord(w));
    if (out.length >= MAX_WORDS) break;
  }
  return out;
}

/** The words of folded text, compound ones (`status=exited`) also split into their parts. */
export function wordsOf(folded: string): string[] {
  const out: string[] = [];
  for (const w of tokensOf(folded)) {
    out.push(w);
    if (/[._:=/+-]/.test(w)) for (const part of w.split(/[._:=/+-]+/)) if (part && part !== w) out.push(stemWord(part));
  }
  return out;
}

function add(block: Map<string, number>, key: string, n = 1) {
  block.set(key, (block.get(key) ?? 0) + n);
}

function appendBlock(out: Features, block: Map<string, number>, weight: number) {
  if (weight === 0 || block.size === 0) return;
  let norm = 0;
  for (const [k, v] of block) {
    const x = Math.log1p(v);
    block.set(k, x);
    norm += x * x;
  }
  const scale = weight / Math.sqrt(norm);
  for (const [k, v] of block) out.set(k, v * scale);
}

/** Everything the classifier reads from a message: words, their pairs, letter n-grams, Han n-grams, flags, known errors. */
export function extractFeatures(text: string, options: FeatureOptions = DEFAULT_FEATURE_OPTIONS): Features {
  const folded = foldText(cleanSlackText(focusMessage(text)));
  const { correct } = options;
  const words = correct ? wordsOf(folded).map((w) => correct(w) ?? w) : wordsOf(folded);
  const word = new Map<string, number>();
  const bigram = new Map<string, number>();
  const chars = new Map<string, number>();
  const han = new Map<string, number>();
  const flag = new Map<string, number>();
  const error = new Map<string, number>();
  const concept = new Map<string, number>();
  const step = new Map<string, number>();
  let prev: string | null = null;
  for (const w of words) {
    add(word, `w:${w}`);
    if (prev) add(bigram, `b:${prev} ${w}`);
    prev = w;
    if (w.length >= 3 && /^[a-z]+$/.test(w)) {
      const padded = `<${w}>`;
      for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= padded.length; i++) add(chars, `c:${padded.slice(i, i + n)}`);
    }
  }
  for (const m of folded.matchAll(HAN_RUN)) {
    const run = Array.from(m[0]);
    for (let i = 0; i < run.length; i++) {
      add(han, `h:${run[i]}`);
      if (i + 1 < run.length) add(han, `h:${run[i]}${run[i + 1]}`);
      if (i + 2 < run.length) add(han, `h:${run[i]}${run[i + 1]}${run[i + 2]}`);
    }
  }
  for (const m of folded.matchAll(FLAG)) {
    const f = m[1]!;
    add(flag, `f:${f}`);
    if (/^-[a-z]{2,4}$/.test(f)) for (const c of f.slice(1)) add(flag, `f:-${c}`);
  }
  if (folded.includes('$(')) add(flag, 'f:$(');
  if (/\|\s*(?:awk|grep|xargs)/.test(folded)) add(flag, 'f:|pipe');
  if (options.errors) for (const id of options.errors.find(new Set(words))) add(error, `e:${id}`);
  if (options.concepts) for (const name of options.concepts.find(folded, words)) add(concept, `k:${name}`);
  if (options.steps) {
    for (const n of stepNumbers(folded)) {
      const cards = options.steps.get(n) ?? [];
      for (const card of cards) add(step, `st:${card}`, 1 / cards.length);
    }
  }
  const out: Features = new Map();
  const { blocks } = options;
  appendBlock(out, word, blocks.word);
  appendBlock(out, bigram, blocks.bigram);
  appendBlock(out, chars, blocks.chars);
  appendBlock(out, han, blocks.han);
  appendBlock(out, flag, blocks.flag);
  appendBlock(out, error, blocks.error);
  appendBlock(out, concept, blocks.concept);
  appendBlock(out, step, blocks.step);
  return out;
}
