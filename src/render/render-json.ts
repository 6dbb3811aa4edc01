import type { Lang } from '../lang/lang.ts';
import type { CardRef, Reply, ReplyKind } from '../reply.ts';
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
  command: string[] | null;
  output: string | null;
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
    score: reply.kind === 'answer' || reply.kind === 'suggestions' ? reply.score : null,
    lang: reply.lang,
    text: renderText(reply),
    suggestions: reply.kind === 'suggestions' ? reply.suggestions : [],
    command: 'command' in reply ? reply.command : null,
    output: reply.kind === 'run' || reply.kind === 'dry-run' ? reply.output : null,
  };
}
