import type { Input, Reply } from '../reply.ts';
import type { SlackDeps } from './slack-deps.ts';

/** Reply kinds that answer a question; commands are recorded by the sandbox gate, help is not a question. */
const QUESTION_KINDS = new Set<Reply['kind']>(['answer', 'suggestions', 'no-answer', 'outside-notes']);

/** Hands a question and what Dockhand made of it to the history; returns at once. */
export function recordQuestion(deps: SlackDeps, input: Input, reply: Reply): void {
  if (!deps.history || !QUESTION_KINDS.has(reply.kind)) return;
  deps.history.record({
    kind: 'question',
    user: input.user ?? null,
    surface: input.surface,
    channel: input.channel ?? null,
    text: input.text,
    lang: reply.lang,
    outcome: reply.kind,
    card: reply.kind === 'answer' ? reply.card.id : null,
    topic: reply.kind === 'outside-notes' ? reply.topic.id : null,
    score: 'score' in reply ? reply.score : null,
  });
}
