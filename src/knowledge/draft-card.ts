import { stringify } from 'yaml';
import type { Section } from './card-schema.ts';

/** The marker `kb check` looks for: every field a draft leaves for the author starts with it. */
export const TODO = 'TODO';

export interface DraftInput {
  id: string;
  section: Section;
  /** The learners' own wordings, by card language (zh holds both Chinese scripts, as asked). */
  questions: { en: string[]; zh: string[] };
  related: string[];
  /** Where it came from, for the comment at the top. */
  origin: string;
}

const yaml = (value: unknown) => stringify(value, { lineWidth: 0, flowCollectionPadding: false }).trimEnd();

/**
 * A card skeleton in the format of knowledge/README.md, marked `draft: true` so the app does not
 * load it. The learners' questions are filled in; every other field says TODO, and `kb check`
 * lists each one until it is written.
 */
export function draftCardText(d: DraftInput): string {
  const front = {
    id: d.id,
    draft: true,
    section: d.section,
    source: `${TODO}: the notes heading this card comes from ("H3 > H4"), or the notes heading it extends`,
    title: { en: `${TODO}: a short title`, zh: `${TODO}：簡短的標題` },
    questions: {
      en: d.questions.en.length > 0 ? d.questions.en : [`${TODO}: how learners ask it in English`],
      zh: d.questions.zh.length > 0 ? d.questions.zh : [`${TODO}：學員用中文會怎麼問`],
    },
    keywords: { en: [`${TODO}: synonyms and slang`], zh: [`${TODO}：同義詞`] },
    commands: [],
    related: d.related,
  };
  return [
    '---',
    `# Drafted by \`dockhand kb draft\` from ${d.origin}.`,
    '# Dockhand does not load this card while `draft: true` is set. Replace every TODO',
    '# (`dockhand kb check` lists what is left), check `section`, add `commands` and 2–4 `related` ids,',
    '# then delete the `draft: true` line. The format is in knowledge/README.md.',
    yaml(front),
    '---',
    '# en',
    `${TODO}: a short, correct, runnable answer in English. Code in fenced blocks.`,
    '',
    '# zh',
    `${TODO}：同樣的內容，繁體中文。`,
    '',
  ].join('\n');
}
