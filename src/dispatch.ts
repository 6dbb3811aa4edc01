import type { CardStore } from './knowledge/card-store.ts';
import type { CatalogueStore } from './knowledge/catalogue-store.ts';
import { detectLang } from './lang/detect-lang.ts';
import type { Matcher } from './match/matcher.ts';
import type { Input, Reply } from './reply.ts';

/**
 * The seam for sandbox commands: returns null when the text is not a docker command,
 * so the dispatcher falls through to question matching.
 */
export interface CommandHandler {
  handle(input: Input): Promise<Reply | null>;
}

export interface Brain {
  cards: CardStore;
  /** Docker beyond the notes: where `outside-notes` replies come from. */
  catalogue?: CatalogueStore;
  matcher: Matcher;
  commands?: CommandHandler;
}

// Longer than any command the policy accepts (1,000) or any question the matcher reads (2,000):
// cutting here changes no answer, and a multi-megabyte paste no longer holds up the event loop.
const MAX_INPUT_CHARS = 8000;

const HELP = /^\s*(help|--help|-h|\?|？|幫助|帮助|說明|说明|使用說明|使用说明)?\s*$/i;

/** One path for every surface: help, then docker commands, then questions. No Slack, no I/O but the sandbox. */
export async function dispatch(full: Input, brain: Brain): Promise<Reply> {
  const input = full.text.length > MAX_INPUT_CHARS ? { ...full, text: full.text.slice(0, MAX_INPUT_CHARS) } : full;
  if (HELP.test(input.text)) return { kind: 'help', lang: detectLang(input.text) };
  const command = await brain.commands?.handle(input);
  if (command) return command;
  return answerQuestion(input.text, brain);
}

function answerQuestion(text: string, { matcher, cards, catalogue }: Brain): Reply {
  const result = matcher.match(text);
  const { lang } = result;
  if (result.kind === 'answer') {
    const card = cards.view(result.cardId, lang);
    if (card) return { kind: 'answer', lang, card, score: result.score };
  }
  if (result.kind === 'suggestions') {
    const suggestions = result.cardIds.flatMap((id) => cards.ref(id, lang) ?? []).slice(0, 3);
    if (suggestions.length > 0) return { kind: 'suggestions', lang, suggestions, score: result.score };
  }
  if (result.kind === 'outside') {
    const topic = catalogue?.view(result.topicId, lang);
    const nearestId = catalogue?.get(result.topicId)?.nearest;
    const nearest = (nearestId && cards.ref(nearestId, lang)) || null;
    if (topic) return { kind: 'outside-notes', lang, topic, nearest, score: result.score };
  }
  return { kind: 'no-answer', lang };
}
