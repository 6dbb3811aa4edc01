import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/knowledge/card-schema.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';

// Slack shows at most 3000 characters per section; leave room for the title line and markup.
const MAX_CHARS = 2800;

/** Everything a reader sees of a card in one language: title, body, commands and their notes. */
function shownLength(card: Card, lang: 'en' | 'zh'): number {
  const commands = card.commands.map((c) => c.cmd + (c.note?.[lang] ?? ''));
  return [card.title[lang], card.body[lang], ...commands].join('\n').length;
}

describe('card size', () => {
  const cards = loadCards();

  it.each(cards.flatMap((c) => (['en', 'zh'] as const).map((lang) => [c.id, lang, c] as const)))(
    '%s (%s) fits in one Slack section',
    (_id, lang, card) => {
      expect(shownLength(card, lang)).toBeLessThanOrEqual(MAX_CHARS);
    },
  );

  it('counts commands and notes, not only the body', () => {
    const [card] = cards;
    const bare = { ...card!, commands: [] };
    expect(shownLength(card!, 'en')).toBeGreaterThan(shownLength(bare, 'en'));
  });
});
