import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_PARAMS, type MatcherModel, type ModelParams } from './build-matcher-model.ts';
import { fromModelFile, knowledgeHash, MODEL_FORMAT, type ModelFile } from './model-file.ts';
import { trainMatcher } from './train-matcher.ts';
import type { Knowledge } from './training-set.ts';

export const MODEL_FILE = 'matcher-model.json';

export interface LoadedModel {
  model: MatcherModel;
  /** The cards and catalogue the model was trained from (from the file, or freshly loaded). */
  knowledge: Pick<Knowledge, 'cards' | 'catalogue'>;
  /** `file` when the saved model matches the knowledge; `trained` when it had to be trained now. */
  source: 'file' | 'trained';
  /** Why it was trained (no file, or the knowledge changed since it was saved). */
  reason?: string;
  ms: number;
}

/**
 * The saved model when it was trained from exactly this knowledge; otherwise the model is trained
 * now (seconds, deterministic), so edited cards or a custom KNOWLEDGE_DIR still work, only slower
 * to start. `npm run train` saves it.
 */
export function loadMatcherModel(knowledgeDir: string, knowledge: () => Knowledge, params: ModelParams = DEFAULT_PARAMS): LoadedModel {
  const started = performance.now();
  const file = join(knowledgeDir, MODEL_FILE);
  let reason = `no ${MODEL_FILE} in ${knowledgeDir}`;
  if (existsSync(file)) {
    const saved = JSON.parse(readFileSync(file, 'utf8')) as ModelFile;
    if (saved.format === MODEL_FORMAT && saved.knowledge === knowledgeHash(knowledgeDir, params)) {
      return { model: fromModelFile(saved), knowledge: { cards: saved.cards, catalogue: saved.catalogue }, source: 'file', ms: performance.now() - started };
    }
    reason = `${MODEL_FILE} was trained from other cards or examples`;
  }
  const fresh = knowledge();
  return { model: trainMatcher(fresh, params), knowledge: fresh, source: 'trained', reason, ms: performance.now() - started };
}
