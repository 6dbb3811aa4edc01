import type { Lang } from '../lang/lang.ts';
import type { CardRef, DryRunItem, Reply, ReplyKind } from '../reply.ts';
import { dryRunTable } from './dry-run-table.ts';
import { renderText } from './render-text.ts';

/** The CLI's `--json` contract; tests and evaluations depend on exactly these fields. */
export interface ReplyJson {
  kind: ReplyKind;
  matched: boolean;
  card: CardRef | null;
  score: number | null;
  lang: Lang;
  text: string;
  suggestions: CardRef[];
  /** Set exactly when `kind` is `outside-notes`: the catalogue entry the question landed on. */
  topic: { id: string; title: string; docs: string } | null;
  command: string[] | null;
  /** The docker CLI's text for `run`; for `dry-run`, the table of what docker would do. */
  output: string | null;
  /** Set exactly when `kind` is `dry-run`: each container or image and what docker would do with it. */
  items: DryRunItem[] | null;
}

function cardOf(reply: Reply): CardRef | null {
  if (reply.kind === 'answer') return { id: reply.card.id, title: reply.card.title };
  if (reply.kind === 'refused' || reply.kind === 'dry-run') return reply.card;
  return null;
}

export function renderJson(reply: Reply): ReplyJson {
  return {
    kind: reply.kind,
    matched: reply.kind === 'answer',
    card: cardOf(reply),
    score: reply.kind === 'answer' || reply.kind === 'suggestions' || reply.kind === 'outside-notes' ? reply.score : null,
    lang: reply.lang,
    text: renderText(reply),
    suggestions: reply.kind === 'suggestions' ? reply.suggestions : [],
    topic: reply.kind === 'outside-notes' ? { id: reply.topic.id, title: reply.topic.title, docs: reply.topic.docs } : null,
    command: 'command' in reply ? reply.command : null,
    output: reply.kind === 'run' ? reply.output : reply.kind === 'dry-run' ? dryRunTable(reply) : null,
    items: reply.kind === 'dry-run' ? reply.items : null,
  };
}
