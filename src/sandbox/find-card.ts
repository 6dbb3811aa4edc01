import type { CardStore } from '../knowledge/card-store.ts';
import { resolveCommand } from './docker-commands.ts';
import { parseCommand } from './parse-command.ts';

interface Taught {
  id: string;
  /** The command's argv joined, for exact matches. */
  line: string;
  /** Its position in the card: a card that opens with the command teaches it more than one that mentions it. */
  position: number;
  /** How many of the card's commands are this command: a card that shows it several ways is about it. */
  uses: number;
}

/** canonical command name → the card commands that teach it, built once per store. */
const indexes = new WeakMap<CardStore, Map<string, Taught[]>>();

function buildIndex(cards: CardStore): Map<string, Taught[]> {
  const index = new Map<string, Taught[]>();
  for (const card of cards.all()) {
    const taught: Taught[] = [];
    const keys: string[] = [];
    card.commands.forEach((command, position) => {
      let argv: string[];
      try {
        argv = parseCommand(command.cmd).argv;
      } catch {
        return; // shell pipelines and the like teach no single docker command
      }
      const key = /^\s*(sudo\s+)?docker\s/.test(command.cmd) ? resolveCommand(argv)?.command.name : undefined;
      if (!key) return;
      taught.push({ id: card.id, line: argv.join(' '), position, uses: 0 });
      keys.push(key);
    });
    taught.forEach((t, i) => {
      const key = keys[i]!;
      t.uses = keys.filter((k) => k === key).length;
      index.set(key, [...(index.get(key) ?? []), t]);
    });
  }
  return index;
}

/**
 * The id of the card that teaches the command argv starts with (after `docker`), found through the
 * cards' own `commands` so new cards are picked up without a table of ids. Aliases count as the same
 * command (`rm` is `container rm`); an exact line wins, then the card that shows the command most
 * often, then the card that lists it first.
 */
export function findCard(cards: CardStore, argv: readonly string[]): string | null {
  const key = resolveCommand(argv)?.command.name;
  if (!key) return null;
  let index = indexes.get(cards);
  if (!index) indexes.set(cards, (index = buildIndex(cards)));
  const line = argv.join(' ');
  const best = [...(index.get(key) ?? [])].sort(
    (a, b) => Number(b.line === line) - Number(a.line === line) || b.uses - a.uses || a.position - b.position,
  )[0];
  return best?.id ?? null;
}
