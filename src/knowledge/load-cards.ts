import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockhandError } from '../errors.ts';
import { PACKAGE_ROOT } from '../package-root.ts';
import type { Card } from './card-schema.ts';
import { parseCard } from './parse-card.ts';

export const DEFAULT_KNOWLEDGE_DIR = join(PACKAGE_ROOT, 'knowledge');

/** Cross-card rules: unique ids, `related` points at real cards and not at itself. */
export function checkCardSet(cards: Card[]): void {
  const byId = new Map<string, Card>();
  for (const card of cards) {
    const twin = byId.get(card.id);
    if (twin) {
      throw new DockhandError('CARD_INVALID', `${card.file}: id: "${card.id}" is also used by ${twin.file}`, {
        file: card.file,
        field: 'id',
      });
    }
    byId.set(card.id, card);
  }
  for (const card of cards) {
    card.related.forEach((id, i) => {
      if (!byId.has(id) || id === card.id) {
        throw new DockhandError('CARD_INVALID', `${card.file}: related.${i}: no other card has id "${id}"`, {
          file: card.file,
          field: `related.${i}`,
        });
      }
    });
  }
}

/** Parses every `*.md` card in `dir`, drafts included; throws a CARD_INVALID error naming file and field. */
export function readCardFiles(dir: string = DEFAULT_KNOWLEDGE_DIR): Card[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort();
  return files.map((f) => parseCard(join(dir, f), readFileSync(join(dir, f), 'utf8')));
}

/**
 * Loads and validates every `*.md` card in `dir`; throws a CARD_INVALID error naming file and field.
 * Drafts (`draft: true`) are left out: a half-written card is never served.
 */
export function loadCards(dir: string = DEFAULT_KNOWLEDGE_DIR): Card[] {
  const cards = readCardFiles(dir).filter((c) => c.draft !== true);
  if (cards.length === 0) {
    throw new DockhandError('CARD_INVALID', `${dir}: no *.md cards found`, { file: dir, field: '(dir)' });
  }
  checkCardSet(cards);
  return cards;
}
