import { redactText } from '../../sandbox/format/redact-text.ts';

/** A container row of a `docker ps` table: what its next steps need. */
export interface PsContainer {
  /** The NAMES column (or the ID, for `ps -q`): what a step names. */
  ref: string;
  running: boolean;
}

const PS = /^docker (ps|container (ls|ps|list))( |$)/;
const ID = /^[0-9a-f]{12}(?:[0-9a-f]{52})?$/;
// docker's own alphabet for names; anything else is not offered (a click still goes through policy).
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** The containers a `docker ps` / `docker container ls` output shows, in its order; [] for any other command. */
export function psContainers(command: readonly string[], output: string): PsContainer[] {
  if (!PS.test(command.join(' '))) return [];
  const rows = output.split('\n').filter((l) => l.trim() !== '');
  if (rows.length === 0) return [];
  if (rows.every((r) => ID.test(r.trim()))) return rows.map((r) => ({ ref: r.trim(), running: false }));
  if (!rows[0]!.startsWith('CONTAINER ID')) return [];
  const found: PsContainer[] = [];
  for (const row of rows.slice(1)) {
    const cells = row.trim().split(/\s{3,}/);
    const name = cells.at(-1)?.split(',')[0] ?? '';
    // A name the redactor would hide (it looks like a token) is never put into a menu value.
    if (!ID.test(cells[0] ?? '') || !NAME.test(name) || redactText(name) !== name) continue;
    found.push({ ref: name, running: cells.some((c) => /^Up /.test(c)) });
  }
  return found;
}
