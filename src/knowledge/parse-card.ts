import { parse as parseYaml } from 'yaml';
import { DockhandError } from '../errors.ts';
import { frontMatterSchema, type Card } from './card-schema.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const LANG_HEADING = /^# (en|zh)\s*$/gm;

function fail(file: string, field: string, problem: string): never {
  throw new DockhandError('CARD_INVALID', `${file}: ${field}: ${problem}`, { file, field });
}

/** Splits a card body into its `# en` and `# zh` parts. */
function splitBody(file: string, markdown: string): Card['body'] {
  const parts: Partial<Record<'en' | 'zh', string>> = {};
  const heads = [...markdown.matchAll(LANG_HEADING)];
  heads.forEach((head, i) => {
    const lang = head[1] as 'en' | 'zh';
    if (parts[lang] !== undefined) fail(file, 'body', `two "# ${lang}" sections`);
    const end = heads[i + 1]?.index ?? markdown.length;
    parts[lang] = markdown.slice((head.index ?? 0) + head[0].length, end).trim();
  });
  for (const lang of ['en', 'zh'] as const) {
    if (!parts[lang]) fail(file, `body.${lang}`, `missing or empty "# ${lang}" section`);
  }
  return parts as Card['body'];
}

/** Parses and validates one card file's text; errors name the file and the field. */
export function parseCard(file: string, text: string): Card {
  const m = FRONT_MATTER.exec(text);
  if (!m) fail(file, 'front matter', 'the file must start with a "---" YAML block closed by "---"');
  let data: unknown;
  try {
    data = parseYaml(m[1] ?? '');
  } catch (err) {
    fail(file, 'front matter', `not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    fail(file, issue.path.join('.') || '(root)', issue.message);
  }
  return { ...parsed.data, body: splitBody(file, m[2] ?? ''), file };
}
