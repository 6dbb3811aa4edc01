import type { Brain } from './dispatch.ts';
import { createCardStore } from './knowledge/card-store.ts';
import type { Card } from './knowledge/card-schema.ts';
import { loadCards } from './knowledge/load-cards.ts';
import { createMatcher } from './match/create-matcher.ts';
import type { Matcher } from './match/matcher.ts';
import { createCommandHandler, type AuditEntry } from './sandbox/create-command-handler.ts';
import type { Sandbox } from './sandbox/sandbox.ts';

export interface BrainOptions {
  /** Cards already loaded; else loaded (and validated) from `knowledgeDir` or `knowledge/`. */
  cards?: Card[];
  knowledgeDir?: string;
  /** Swap the matcher (the evaluation's baselines do). */
  matcher?: (cards: readonly Card[]) => Matcher;
  /** Without a sandbox, docker commands are treated as questions. */
  sandbox?: Sandbox;
  audit?: (entry: AuditEntry) => void;
}

/** Everything `dispatch` needs, built once at start-up. Throws CARD_INVALID on a broken card. */
export function createBrain(options: BrainOptions = {}): Brain {
  const list = options.cards ?? loadCards(options.knowledgeDir);
  const cards = createCardStore(list);
  const matcher = (options.matcher ?? createMatcher)(list);
  const commands = options.sandbox
    ? createCommandHandler({ sandbox: options.sandbox, cards, ...(options.audit ? { audit: options.audit } : {}) })
    : undefined;
  return { cards, matcher, ...(commands ? { commands } : {}) };
}
