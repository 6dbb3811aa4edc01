import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNoteSteps, type NoteStep } from './parse-note-steps.ts';

/** The numbered steps of every notes file in `<knowledgeDir>/notes/`; none without the folder. */
export function loadNoteSteps(knowledgeDir: string): NoteStep[] {
  const dir = join(knowledgeDir, 'notes');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => parseNoteSteps(readFileSync(join(dir, f), 'utf8')));
}
