import type { Example } from '../../src/knowledge/example-schema.ts';
import { classOf, trainingExamples, type Knowledge } from '../../src/match/training-set.ts';

/** The same training data the Dockhand matcher learns from, as (text, class) pairs for the baselines. */
export function labelledDocs(knowledge: Knowledge, written?: readonly Example[]): { text: string; label: string }[] {
  const catalogue = new Map(knowledge.catalogue.map((e) => [e.id, e]));
  return trainingExamples(knowledge, written).map((e) => ({ text: e.text, label: classOf(e.target, catalogue) }));
}
