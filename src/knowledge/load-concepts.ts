import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DockhandError } from '../errors.ts';

/** A name and the words that mean it (`knowledge/concepts.yaml`). */
export interface ConceptGroup {
  name: string;
  words: string[];
}

const schema = z.record(z.string().regex(/^[a-z0-9-]+$/, 'must be kebab-case'), z.array(z.string().min(1)).min(2));

/** Loads `<knowledgeDir>/concepts.yaml`; a missing file is no concepts. */
export function loadConcepts(knowledgeDir: string): ConceptGroup[] {
  const file = join(knowledgeDir, 'concepts.yaml');
  if (!existsSync(file)) return [];
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new DockhandError('CARD_INVALID', `${file}: (file): not valid YAML (${(err as Error).message.split('\n')[0]})`, { file, field: '(file)' });
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.') || '(file)';
    throw new DockhandError('CARD_INVALID', `${file}: ${field}: ${issue.message}`, { file, field });
  }
  return Object.entries(parsed.data).map(([name, words]) => ({ name, words: words.map(String) }));
}
