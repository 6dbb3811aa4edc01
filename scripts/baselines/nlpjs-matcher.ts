// @ts-expect-error NLP.js ships no types.
import { containerBootstrap } from '@nlpjs/core';
// @ts-expect-error NLP.js ships no types.
import { Nlp } from '@nlpjs/nlp';
// @ts-expect-error NLP.js ships no types.
import { LangEn } from '@nlpjs/lang-en-min';
// @ts-expect-error NLP.js ships no types.
import { LangZh } from '@nlpjs/lang-zh';
import type { Example } from '../../src/knowledge/example-schema.ts';
import { detectLang } from '../../src/lang/detect-lang.ts';
import type { Matcher, MatchResult } from '../../src/match/matcher.ts';
import { CHATTER, OUTSIDE, type Knowledge } from '../../src/match/training-set.ts';
import { labelledDocs } from './labelled-docs.ts';

interface NlpManager {
  settings: Record<string, unknown>;
  addLanguage(lang: string): void;
  addDocument(lang: string, text: string, intent: string): void;
  train(): Promise<void>;
  process(lang: string, text: string): Promise<{ intent: string; score: number }>;
}

const HAN = /\p{Script=Han}/u;

/**
 * Baseline: NLP.js (AXA's intent classifier: a small neural network per language) trained on the
 * same examples, Chinese ones in its zh model. Its own "None" below threshold gives no card.
 */
export async function createNlpjsMatcher(knowledge: Knowledge, written?: readonly Example[]): Promise<Matcher & { answer(text: string): Promise<MatchResult> }> {
  const container = await containerBootstrap();
  container.use(Nlp);
  container.use(LangEn);
  container.use(LangZh);
  const nlp = container.get('nlp') as NlpManager;
  nlp.settings.autoSave = false;
  nlp.settings.log = false;
  nlp.addLanguage('en');
  nlp.addLanguage('zh');
  for (const d of labelledDocs(knowledge, written)) nlp.addDocument(HAN.test(d.text) ? 'zh' : 'en', d.text.slice(0, 2000), d.label);
  // Its neural trainer prints a line per epoch whatever settings.log says: quiet it for the table.
  const log = console.log;
  console.log = () => {};
  try {
    await nlp.train();
  } finally {
    console.log = log;
  }
  const answer = async (text: string): Promise<MatchResult> => {
    const lang = detectLang(text);
    const r = await nlp.process(HAN.test(text) ? 'zh' : 'en', text.slice(0, 2000));
    if (!r.intent || r.intent === 'None' || r.intent === OUTSIDE || r.intent === CHATTER) return { kind: 'none', lang };
    return { kind: 'answer', lang, cardId: r.intent, score: 1 - r.score };
  };
  return {
    answer,
    match() {
      throw new Error('NLP.js answers asynchronously: use answer()');
    },
  };
}
