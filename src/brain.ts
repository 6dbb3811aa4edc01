import type { Brain } from './dispatch.ts';
import { createCardStore } from './knowledge/card-store.ts';
import type { Card } from './knowledge/card-schema.ts';
import type { CatalogueEntry } from './knowledge/catalogue-schema.ts';
import { createCatalogueStore } from './knowledge/catalogue-store.ts';
import { loadCatalogue } from './knowledge/load-catalogue.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadCards } from './knowledge/load-cards.ts';
import { createMatcher } from './match/create-matcher.ts';
import type { Matcher } from './match/matcher.ts';
import { createCommandHandler, type AuditEntry } from './sandbox/create-command-handler.ts';
import type { Sandbox, SandboxLogger } from './sandbox/sandbox.ts';

export interface BrainOptions {
  /** Cards already loaded; else loaded (and validated) from `knowledgeDir` or `knowledge/`. */
  cards?: Card[];
  /** The catalogue of Docker beyond the notes; else loaded from `<knowledgeDir>/catalogue/`. */
  catalogue?: CatalogueEntry[];
  knowledgeDir?: string;
  /** Swap the matcher (the evaluation's baselines do). */
  matcher?: (cards: readonly Card[], catalogue: readonly CatalogueEntry[]) => Matcher;
  /** Without a sandbox, docker commands are treated as questions. */
  sandbox?: Sandbox;
  audit?: (entry: AuditEntry) => void;
  /** Where a bug in the command handler is logged. */
  logger?: SandboxLogger;
}

/** Everything `dispatch` needs, built once at start-up. Throws CARD_INVALID on a broken card. */
export function createBrain(options: BrainOptions = {}): Brain {
  const dir = options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  const list = options.cards ?? loadCards(dir);
  const entries = options.catalogue ?? loadCatalogue(dir, new Set(list.map((c) => c.id)));
  const cards = createCardStore(list);
  const matcher = (options.matcher ?? createMatcher)(list, entries);
  const commands = options.sandbox
    ? createCommandHandler({ sandbox: options.sandbox, cards, ...(options.audit ? { audit: options.audit } : {}), ...(options.logger ? { logger: options.logger } : {}) })
    : undefined;
  return { cards, catalogue: createCatalogueStore(entries), matcher, ...(commands ? { commands } : {}) };
}
