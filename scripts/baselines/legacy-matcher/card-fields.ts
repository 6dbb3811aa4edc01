import type { Card } from '../../../src/knowledge/card-schema.ts';

/** The parts of a card that questions are matched against; the baselines index exactly these too. */
export interface CardFields {
  id: string;
  idWords: string;
  title: string[];
  questions: string[];
  keywords: string[];
  commands: string[];
}

export function cardFields(card: Card): CardFields {
  return {
    id: card.id,
    idWords: card.id.replace(/-/g, ' '),
    title: [card.title.en, card.title.zh],
    questions: [...card.questions.en, ...card.questions.zh],
    keywords: [...card.keywords.en, ...card.keywords.zh],
    commands: card.commands.map((c) => c.cmd),
  };
}
