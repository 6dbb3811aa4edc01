import type { Brain } from './dispatch.ts';
import { createCardStore } from './knowledge/card-store.ts';
import type { Card } from './knowledge/card-schema.ts';
import type { CatalogueEntry } from './knowledge/catalogue-schema.ts';
import { createCatalogueStore } from './knowledge/catalogue-store.ts';
import type { Example } from './knowledge/example-schema.ts';
import { loadCatalogue } from './knowledge/load-catalogue.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadCards } from './knowledge/load-cards.ts';
import { loadExamples } from './knowledge/load-examples.ts';
import { loadConcepts } from './knowledge/load-concepts.ts';
import { loadNoteSteps } from './knowledge/load-note-steps.ts';
import { loadMatcherModel, type LoadedModel } from './match/load-matcher-model.ts';
import { trainMatcher } from './match/train-matcher.ts';
import { createMatcher } from './match/create-matcher.ts';
import type { Matcher } from './match/matcher.ts';
import type { Knowledge } from './match/training-set.ts';
import { createCommandHandler, type AuditEntry } from './sandbox/create-command-handler.ts';
import type { Sandbox, SandboxLogger } from './sandbox/sandbox.ts';

export interface BrainOptions {
  /** Cards already loaded; else loaded (and validated) from `knowledgeDir` or `knowledge/`. */
  cards?: Card[];
  /** The catalogue of Docker beyond the notes; else loaded from `<knowledgeDir>/catalogue/`. */
  catalogue?: CatalogueEntry[];
  /** Training examples; else loaded from `<knowledgeDir>/examples/`. */
  examples?: Example[];
  knowledgeDir?: string;
  /** Swap the matcher (the evaluation's baselines do). */
  matcher?: (knowledge: Knowledge) => Matcher;
  /** Without a sandbox, docker commands are treated as questions. */
  sandbox?: Sandbox;
  audit?: (entry: AuditEntry) => void;
  /** Where a bug in the command handler is logged. */
  logger?: SandboxLogger;
}

/** Cards, catalogue and examples from one knowledge folder, validated together. */
export function loadKnowledge(options: Pick<BrainOptions, 'cards' | 'catalogue' | 'examples' | 'knowledgeDir'> = {}): Knowledge {
  const dir = options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  const cards = options.cards ?? loadCards(dir);
  const cardIds = new Set(cards.map((c) => c.id));
  const catalogue = options.catalogue ?? loadCatalogue(dir, cardIds);
  const examples = options.examples ?? loadExamples(dir, cardIds, new Set(catalogue.map((e) => e.id)));
  return { cards, catalogue, examples, concepts: loadConcepts(dir), steps: loadNoteSteps(dir) };
}

export interface BrainReport {
  /** How the matcher's model was had: the saved file, or trained at start-up (and why). */
  model: Omit<LoadedModel, 'model' | 'knowledge'>;
}

/** Everything `dispatch` needs, built once at start-up. Throws CARD_INVALID on a broken card. */
export function createBrain(options: BrainOptions = {}, report?: (r: BrainReport) => void): Brain {
  const dir = options.knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
  let knowledge: Pick<Knowledge, 'cards' | 'catalogue'>;
  let matcher: Matcher;
  if (options.matcher || options.cards || options.catalogue || options.examples) {
    const full = loadKnowledge(options);
    knowledge = full;
    matcher = options.matcher ? options.matcher(full) : createMatcher(trainMatcher(full));
  } else {
    // The saved model, when it matches the folder, carries the validated cards and catalogue too:
    // start-up then parses no card and reads no example. Otherwise everything is loaded and trained.
    const { model, knowledge: known, ...how } = loadMatcherModel(dir, () => loadKnowledge({ knowledgeDir: dir }));
    report?.({ model: how });
    knowledge = known;
    matcher = createMatcher(model);
  }
  const cards = createCardStore(knowledge.cards);
  const commands = options.sandbox
    ? createCommandHandler({ sandbox: options.sandbox, cards, ...(options.audit ? { audit: options.audit } : {}), ...(options.logger ? { logger: options.logger } : {}) })
    : undefined;
  return { cards, catalogue: createCatalogueStore(knowledge.catalogue), matcher, ...(commands ? { commands } : {}) };
}
