import type { Writable } from 'node:stream';
import { isDockhandError } from '../errors.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadCards } from '../knowledge/load-cards.ts';

/** `dockhand kb check [dir]`: the start-up validation, for card authors. */
export function kbCheckCommand(args: string[], out: Writable, err: Writable): number {
  const dir = args[0] ?? DEFAULT_KNOWLEDGE_DIR;
  try {
    const cards = loadCards(dir);
    const commands = cards.reduce((n, c) => n + c.commands.length, 0);
    out.write(`ok: ${cards.length} cards, ${commands} commands in ${dir}\n`);
    return 0;
  } catch (e) {
    if (!isDockhandError(e)) throw e;
    err.write(`kb check failed: ${e.message}\n`);
    return 1;
  }
}
