import { z } from 'zod';

const bilingual = z.object({ en: z.string().min(1), zh: z.string().min(1) }).strict();
const words = z.object({ en: z.array(z.string().min(1)), zh: z.array(z.string().min(1)) }).strict();
const cardId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a card id');

/**
 * One entry of the catalogue of Docker beyond the notes (`knowledge/catalogue/*.yaml`): a docker
 * CLI command, a Dockerfile instruction or a documentation topic.
 */
export const catalogueEntrySchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case'),
    kind: z.enum(['command', 'instruction', 'topic']),
    name: bilingual,
    /** One line: what it is. */
    summary: bilingual,
    keywords: words,
    docs: z.string().regex(/^https:\/\/docs\.docker\.com\/\S*$/, 'must be a https://docs.docker.com/ link'),
    /** The notes teach this: questions about it get that card, not "outside the notes". */
    taught: cardId.optional(),
    /** The taught card closest to it, shown beside the docs link where it helps. */
    nearest: cardId.optional(),
  })
  .strict()
  .refine((e) => !(e.taught && e.nearest), { message: 'an entry is either taught by a card or has a nearest card, not both', path: ['nearest'] });

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema> & { file: string };
