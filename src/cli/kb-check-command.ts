import type { Writable } from 'node:stream';
import { isDockhandError } from '../errors.ts';
import { draftProblems } from '../knowledge/draft-problems.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadCards, readCardFiles } from '../knowledge/load-cards.ts';

/**
 * `dockhand kb check [dir]`: the start-up validation, for card authors. Drafts (`draft: true`,
 * from `kb draft`) are not loaded by the app; each one with something left to write fails the
 * check with one "fill this in" line per field.
 */
export function kbCheckCommand(args: string[], out: Writable, err: Writable): number {
  const dir = args[0] ?? DEFAULT_KNOWLEDGE_DIR;
  try {
    const cards = loadCards(dir);
    const commands = cards.reduce((n, c) => n + c.commands.length, 0);
    out.write(`ok: ${cards.length} cards, ${commands} commands in ${dir}\n`);
    const ids = new Set(cards.map((c) => c.id));
    let unfinished = 0;
    for (const draft of readCardFiles(dir).filter((c) => c.draft === true)) {
      const problems = draftProblems(draft, ids);
      if (problems.length === 0) {
        out.write(`draft ready: ${draft.file}: everything is filled in; delete its "draft: true" line to publish it, then run kb check again\n`);
        continue;
      }
      unfinished++;
      err.write(`kb check: ${draft.file} is a draft (not loaded) with ${problems.length} ${problems.length === 1 ? 'thing' : 'things'} left:\n${problems.map((p) => `  - ${p}\n`).join('')}`);
    }
    return unfinished > 0 ? 1 : 0;
  } catch (e) {
    if (!isDockhandError(e)) throw e;
    err.write(`kb check failed: ${e.message}\n`);
    return 1;
  }
}
