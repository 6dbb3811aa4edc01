import { z } from 'zod';

export const EXAMPLE_LANGS = ['en', 'zh-TW', 'zh-CN', 'mixed'] as const;
export const EXAMPLE_STYLES = ['faq', 'context', 'error', 'step', 'why', 'symptom', 'oneword', 'typo', 'slack'] as const;

const base = {
  text: z.string().min(1).max(4000),
  lang: z.enum(EXAMPLE_LANGS),
  style: z.enum(EXAMPLE_STYLES),
};

/** A line of `knowledge/examples/<card-id>.jsonl`: a message that card answers. */
export const cardExampleSchema = z.object(base).strict();
/** A line of `knowledge/examples/outside.jsonl`: a Docker question the notes don't teach. */
export const outsideExampleSchema = z.object({ ...base, topic: z.string().min(1) }).strict();
/** A line of `knowledge/examples/chatter.jsonl`: no Docker answer at all. */
export const chatterExampleSchema = z.object({ ...base, class: z.enum(['chatter', 'other-tech']) }).strict();

export type ExampleLang = (typeof EXAMPLE_LANGS)[number];
export type ExampleStyle = (typeof EXAMPLE_STYLES)[number];

/** Where an example points: a card, a catalogue entry, or nowhere (chatter and other tools). */
export type ExampleTarget = { kind: 'card'; id: string } | { kind: 'topic'; id: string } | { kind: 'chatter' };

export interface Example {
  text: string;
  lang: ExampleLang;
  style: ExampleStyle;
  target: ExampleTarget;
  /** Written by a person, or generated from one (a variant) or from card/catalogue fields. */
  origin: 'written' | 'variant' | 'field';
  /** Variants share their source's group, so cross-validation never splits them across folds. */
  group: string;
}
