import type { Card } from '../knowledge/card-schema.ts';
import type { CatalogueEntry } from '../knowledge/catalogue-schema.ts';
import type { Example, ExampleTarget } from '../knowledge/example-schema.ts';
import type { ConceptGroup } from '../knowledge/load-concepts.ts';
import type { NoteStep } from '../knowledge/parse-note-steps.ts';
import { generateVariants } from './generate-variants.ts';

/** The classes the first stage tells apart: every card, "a Docker topic the notes don't teach", and chatter. */
export const OUTSIDE = '(outside)';
export const CHATTER = '(chatter)';


export interface Knowledge {
  cards: readonly Card[];
  catalogue: readonly CatalogueEntry[];
  examples: readonly Example[];
  concepts: readonly ConceptGroup[];
  /** The numbered steps of the course notes. */
  steps: readonly NoteStep[];
}

/** The class an example trains, and the catalogue topic it names, if any. */
export function classOf(target: ExampleTarget, catalogue: ReadonlyMap<string, CatalogueEntry>): string {
  if (target.kind === 'card') return target.id;
  if (target.kind === 'chatter') return CHATTER;
  // A catalogue entry the notes teach trains its card.
  return catalogue.get(target.id)?.taught ?? OUTSIDE;
}

const field = (text: string, target: ExampleTarget, group: string): Example => ({
  text,
  lang: /\p{Script=Han}/u.test(text) ? 'zh-TW' : 'en',
  style: 'faq',
  target,
  origin: 'field',
  group,
});

/** What cards and catalogue entries say about themselves, as examples: titles, questions, keywords, commands, errors. */
export function fieldExamples(cards: readonly Card[], catalogue: readonly CatalogueEntry[], steps: readonly NoteStep[] = []): Example[] {
  const out: Example[] = [];
  // The notes' own steps, as a learner cites them, train the cards that explain them.
  for (const card of cards) {
    for (const n of card.steps ?? []) {
      const step = steps.find((s) => s.section === card.source && s.number === n);
      if (step) out.push(field(`step ${n}: ${step.text}`, { kind: 'card', id: card.id }, `step:${card.id}:${n}`));
    }
  }
  for (const card of cards) {
    const target = { kind: 'card', id: card.id } as const;
    const texts = [
      card.title.en,
      card.title.zh,
      ...card.questions.en,
      ...card.questions.zh,
      card.keywords.en.join(' '),
      card.keywords.zh.join(' '),
      ...card.commands.map((c) => c.cmd),
      ...(card.errors ?? []),
    ];
    // The answer's own sentences carry the words people use about it ("REST API", "socket").
    const body = [card.body.en, card.body.zh].flatMap((b) => b.split(/\n\s*\n|\n(?=[-*] )/)).map((p) => p.replace(/```/g, ' ').trim()).filter((p) => p.length > 3);
    [...texts, ...body].forEach((t, i) => out.push(field(t, target, `card:${card.id}:${i}`)));
  }
  for (const entry of catalogue) {
    const target = { kind: 'topic', id: entry.id } as const;
    const texts = [entry.name.en, entry.name.zh, entry.summary.en, entry.summary.zh, entry.keywords.en.join(' '), entry.keywords.zh.join(' ')];
    texts.filter((t) => t.trim()).forEach((t, i) => out.push(field(t, target, `entry:${entry.id}:${i}`)));
  }
  return out;
}

/** Written examples, their generated variants and the field examples: everything the model learns from. */
export function trainingExamples(knowledge: Knowledge, written: readonly Example[] = knowledge.examples): Example[] {
  return [...written, ...written.flatMap(generateVariants), ...fieldExamples(knowledge.cards, knowledge.catalogue, knowledge.steps)];
}
