import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { DockhandError } from '../errors.ts';
import { catalogueEntrySchema, type CatalogueEntry } from './catalogue-schema.ts';

/** Hand-written input of the CLI generator, not entries. */
const SOURCES = new Set(['cli-zh.yaml']);

function fail(file: string, field: string, problem: string): never {
  throw new DockhandError('CARD_INVALID', `${file}: ${field}: ${problem}`, { file, field });
}

function parseFile(file: string): CatalogueEntry[] {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(file, 'utf8'));
  } catch (err) {
    fail(file, '(file)', `not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (!Array.isArray(data)) fail(file, '(file)', 'must be a YAML list of entries');
  return data.map((item, i) => {
    const parsed = catalogueEntrySchema.safeParse(item);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const id = (item as { id?: unknown } | null)?.id;
      fail(file, `${typeof id === 'string' ? id : `[${i}]`}.${issue.path.join('.') || '(entry)'}`, issue.message);
    }
    return { ...parsed.data, file };
  });
}

/**
 * Loads `<knowledgeDir>/catalogue/*.yaml`; a missing folder is an empty catalogue. Ids are unique,
 * and `taught`/`nearest` name real cards.
 */
export function loadCatalogue(knowledgeDir: string, cardIds: ReadonlySet<string>): CatalogueEntry[] {
  const dir = join(knowledgeDir, 'catalogue');
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml') && !SOURCES.has(f))
    .sort();
  const entries = files.flatMap((f) => parseFile(join(dir, f)));
  const seen = new Map<string, string>();
  for (const e of entries) {
    const twin = seen.get(e.id);
    if (twin) fail(e.file, `${e.id}.id`, `also used in ${twin}`);
    if (cardIds.has(e.id)) fail(e.file, `${e.id}.id`, 'is also a card id');
    seen.set(e.id, e.file);
    for (const field of ['taught', 'nearest'] as const) {
      const id = e[field];
      if (id !== undefined && !cardIds.has(id)) fail(e.file, `${e.id}.${field}`, `no card has id "${id}"`);
    }
  }
  return entries;
}
