import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DockhandError, isDockhandError } from '../../src/errors.ts';
import { SECTIONS } from '../../src/knowledge/card-schema.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/cards/', import.meta.url));

function loadError(dir: string): DockhandError<'CARD_INVALID'> {
  try {
    loadCards(join(FIXTURES, dir));
  } catch (err) {
    if (isDockhandError(err, 'CARD_INVALID')) return err;
    throw err;
  }
  throw new Error(`expected ${dir} to be rejected`);
}

describe('loadCards on the real knowledge/ folder', () => {
  const cards = loadCards();

  it('loads a card set covering every section', () => {
    expect(cards.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cards.map((c) => c.section))).toEqual(new Set(SECTIONS));
  });

  it('names every file after its id', () => {
    for (const card of cards) expect(card.file.endsWith(`/${card.id}.md`)).toBe(true);
  });

  it('gives every card 2–4 related cards and 3–6 questions per language', () => {
    for (const card of cards) {
      expect(card.related.length, card.id).toBeGreaterThanOrEqual(2);
      expect(card.related.length, card.id).toBeLessThanOrEqual(4);
      for (const lang of ['en', 'zh'] as const) {
        expect(card.questions[lang].length, `${card.id} ${lang}`).toBeGreaterThanOrEqual(3);
        expect(card.questions[lang].length, `${card.id} ${lang}`).toBeLessThanOrEqual(6);
      }
    }
  });
});

describe('loadCards on fixtures', () => {
  it('loads a valid minimal card with both bodies and its commands', () => {
    const [card, ...rest] = loadCards(join(FIXTURES, 'valid'));
    expect(rest).toHaveLength(0);
    expect(card).toMatchObject({
      id: 'valid-minimal',
      section: 'containers',
      title: { en: 'A minimal card', zh: '最小的卡片' },
      commands: [{ cmd: 'docker ps', readOnly: true }],
      related: [],
    });
    expect(card!.body.en).toBe('List containers with `docker ps`.');
    expect(card!.body.zh).toBe('用 `docker ps` 列出容器。');
  });

  // Each case: fixture folder, the file the error must name, the field it must name.
  const rejected: [dir: string, file: string, field: string][] = [
    ['malformed-yaml', 'broken-yaml.md', 'front matter'],
    ['no-front-matter', 'plain.md', 'front matter'],
    ['empty-file', 'blank.md', 'front matter'],
    ['missing-field', 'no-title.md', 'title'],
    ['wrong-type', 'read-only-string.md', 'commands.0.readOnly'],
    ['bad-id', 'Remove_Containers.md', 'id'],
    ['missing-zh-body', 'no-zh.md', 'body.zh'],
    ['unknown-field', 'extra-key.md', '(root)'],
    ['duplicate-id', 'second.md', 'id'],
    ['dangling-related', 'points-nowhere.md', 'related.0'],
  ];

  it.each(rejected)('rejects %s naming the file and the field', (dir, file, field) => {
    const err = loadError(dir);
    expect(err.code).toBe('CARD_INVALID');
    expect(err.details).toMatchObject({ field });
    expect(String(err.details.file).endsWith(file)).toBe(true);
    expect(err.message).toContain(file);
    expect(err.message).toContain(`${field}:`);
  });

  it('says which key is unknown', () => {
    expect(loadError('unknown-field').message).toContain('tittle');
  });

  it('names both files of a duplicate id', () => {
    const err = loadError('duplicate-id');
    expect(err.message).toContain('first.md');
    expect(err.message).toContain('valid-minimal');
  });

  it('names the missing related id', () => {
    expect(loadError('dangling-related').message).toContain('no-such-card');
  });

  it('rejects a folder with no cards', () => {
    const err = loadError('empty');
    expect(err.code).toBe('CARD_INVALID');
    expect(err.details.field).toBe('(dir)');
    expect(err.message).toContain('empty');
  });
});
