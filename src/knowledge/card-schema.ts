import { z } from 'zod';

const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
const bilingualList = z
  .object({ en: z.array(z.string().min(1)).min(1), zh: z.array(z.string().min(1)).min(1) })
  .strict();

/** The notes' top-level sections, in the notes' order; App Home groups the topic index by them. */
export const SECTIONS = ['architecture', 'images', 'base-image', 'containers', 'build-your-own'] as const;
export type Section = (typeof SECTIONS)[number];

export const commandSchema = z
  .object({
    cmd: z.string().min(1),
    /** Read-only commands get a "Run on sandbox" button and are run against the engine in tests. */
    readOnly: z.boolean(),
    note: bilingual.optional(),
  })
  .strict();

/** Front matter of one `knowledge/*.md` card. */
export const frontMatterSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    /** Written by `dockhand kb draft`: not loaded by the app until the line is removed. */
    draft: z.boolean().optional(),
    section: z.enum(SECTIONS),
    /** The heading of the notes section the card comes from, as written in the notes. */
    source: z.string().min(1),
    /** The numbered steps of that notes section the card explains, as learners cite them ("step 12"). */
    steps: z.array(z.number().int().positive()).optional(),
    title: bilingual,
    questions: bilingualList,
    keywords: bilingualList,
    commands: z.array(commandSchema),
    related: z.array(z.string()),
    /**
     * Error messages this card explains, exactly as docker (or the tool) prints them today; a
     * pasted one is strong evidence for the card. Checked against the real CLI and engine in tests.
     */
    errors: z.array(z.string().min(8)).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type CardCommand = z.infer<typeof commandSchema>;

/** A validated card: front matter plus one Markdown body per written language. */
export interface Card extends FrontMatter {
  body: { en: string; zh: string };
  file: string;
}
