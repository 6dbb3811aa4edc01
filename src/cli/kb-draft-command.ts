import { existsSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Writable } from 'node:stream';
import { readConfig } from '../config.ts';
import type { Section } from '../knowledge/card-schema.ts';
import { draftCardText } from '../knowledge/draft-card.ts';
import { loadCatalogue } from '../knowledge/load-catalogue.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadCards } from '../knowledge/load-cards.ts';
import { normalizeQuestion, questionFeatures, type QuestionGroup } from '../store/cluster-questions.ts';
import { StoreError } from '../store/store.ts';
import { loadReport, parseReportArgs } from './report-command.ts';

export const KB_DRAFT_USAGE = 'usage: dockhand kb draft <group number from `dockhand report`> [--since 7d] [--id card-id] [--dir knowledge-dir]';

const MAX_PER_LANG = 6;

/** A kebab-case id from the leading English wording's content words, else a stable hash. */
export function draftId(group: QuestionGroup): string {
  const english = group.members.find((m) => m.lang === 'en');
  const words = english ? [...questionFeatures(normalizeQuestion(english.text))].filter((w) => /^[a-z0-9]+$/.test(w)).slice(0, 5) : [];
  if (words.length > 0) return words.join('-');
  return `draft-${createHash('sha256').update(group.text).digest('hex').slice(0, 8)}`;
}

/** en and zh wordings as asked (both Chinese scripts go to `zh`), most asked first, 6 at most each. */
export function draftQuestions(group: QuestionGroup): { en: string[]; zh: string[] } {
  const pick = (langs: string[]) => [...new Set(group.members.filter((m) => langs.includes(m.lang)).map((m) => m.text.replace(/\s+/g, ' ').trim()))].slice(0, MAX_PER_LANG);
  return { en: pick(['en']), zh: pick(['zh-TW', 'zh-CN']) };
}

function takeOption(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  if (value === undefined || value.startsWith('-')) throw new TypeError(`${name} needs a value`);
  return value;
}

/** `dockhand kb draft <group>`: an unanswered group from the report becomes a card draft in the knowledge folder. */
export async function kbDraftCommand(argv: string[], env: NodeJS.ProcessEnv, out: Writable, err: Writable): Promise<number> {
  const args = [...argv];
  let id: string | undefined;
  let dir: string;
  let since: number;
  let number: number;
  try {
    id = takeOption(args, '--id');
    dir = takeOption(args, '--dir') ?? readConfig(env).knowledgeDir ?? DEFAULT_KNOWLEDGE_DIR;
    const parsed = parseReportArgs(args);
    if (parsed.format !== 'text') throw new TypeError('kb draft writes a card; --json, --csv and --html are for `dockhand report`');
    if (parsed.rest.length !== 1 || !/^\d+$/.test(parsed.rest[0]!)) throw new TypeError('give one group number, as `dockhand report` lists them');
    if (id !== undefined && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new TypeError(`--id must be kebab-case, e.g. mount-a-host-folder (got "${id}")`);
    since = parsed.since;
    number = Number(parsed.rest[0]);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    err.write(`dockhand kb draft: ${e.message}\n${KB_DRAFT_USAGE}\n`);
    return 2;
  }
  let groups: QuestionGroup[];
  try {
    groups = (await loadReport(env, since)).unanswered;
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    err.write(`dockhand kb draft: could not read the history: ${e.message}\n`);
    return 1;
  }
  const group = groups[number - 1];
  if (!group) {
    err.write(`dockhand kb draft: there is no group ${number}: the report has ${groups.length} unanswered ${groups.length === 1 ? 'group' : 'groups'} for that period (see \`dockhand report\`)\n`);
    return 1;
  }
  const cards = loadCards(dir);
  const cardId = id ?? draftId(group);
  const file = join(dir, `${cardId}.md`);
  if (existsSync(file) || cards.some((c) => c.id === cardId)) {
    err.write(`dockhand kb draft: ${file} already exists; choose another id with --id\n`);
    return 1;
  }
  // The nearest taught card of the group's catalogue topic, when there is one, suggests the section and a related card.
  const catalogue = loadCatalogue(dir, new Set(cards.map((c) => c.id)));
  const nearest = group.topics.map((t) => catalogue.find((e) => e.id === t)?.nearest).find(Boolean);
  const near = cards.find((c) => c.id === nearest);
  const section: Section = near?.section ?? 'containers';
  const questions = draftQuestions(group);
  const origin = `report group ${number}: ${group.count} unanswered ${group.count === 1 ? 'question' : 'questions'} since ${new Date(since).toISOString().slice(0, 10)}`;
  writeFileSync(file, draftCardText({ id: cardId, section, questions, related: near ? [near.id] : [], origin }), { flag: 'wx' });
  const shown = relative(process.cwd(), file);
  out.write(`wrote ${shown.startsWith('..') ? file : shown}: a draft with ${questions.en.length} English and ${questions.zh.length} Chinese questions from the learners.\n`);
  if (id === undefined && cardId.startsWith('draft-')) out.write(`Its id is a placeholder: give it a real one with --id (delete ${file} and run kb draft again), or rename the file and its id together.\n`);
  out.write('Fill in every TODO, then run `dockhand kb check` until it passes and delete the `draft: true` line.\n');
  return 0;
}
