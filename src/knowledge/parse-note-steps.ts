/** One numbered step of the course notes, as learners refer to it ("step 12", 第 12 步). */
export interface NoteStep {
  /** The heading path as cards cite it: "H3 > H4", or the H3 alone. */
  section: string;
  number: number;
  /** The step's text with its commands and code, as written. */
  text: string;
}

const HEADING = /^(#{3,4})\s+(.+?)\s*$/;
const NUMBERED = /^(\d{1,2})\.\s+(.*)$/;

/** The numbered steps of a notes file, per section; numbering restarts in each section, as in the notes. */
export function parseNoteSteps(markdown: string): NoteStep[] {
  const steps: NoteStep[] = [];
  let h3 = '';
  let h4 = '';
  let current: NoteStep | null = null;
  let inFence = false;
  for (const line of markdown.split(/\r?\n/)) {
    if (line.startsWith('```')) inFence = !inFence;
    const heading = !inFence && HEADING.exec(line);
    if (heading) {
      if (heading[1] === '###') [h3, h4] = [heading[2]!, ''];
      else h4 = heading[2]!;
      current = null;
      continue;
    }
    const numbered = !inFence && NUMBERED.exec(line);
    if (numbered && h3) {
      current = { section: h4 ? `${h3} > ${h4}` : h3, number: Number(numbered[1]), text: numbered[2]! };
      steps.push(current);
      continue;
    }
    if (current && line.trim() && !line.startsWith('<img')) current.text += `\n${line.trim()}`;
  }
  return steps;
}
