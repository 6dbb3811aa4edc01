import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../src/knowledge/card-schema.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { toTraditional } from '../../src/lang/to-traditional.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const sharedNotes = path.resolve(repoRoot, '../shared/notes/docker-day2.md');
// The copy in knowledge/notes/ (the matcher reads its steps); the shared original when present.
const notesFile = existsSync(sharedNotes) ? sharedNotes : path.join(repoRoot, 'knowledge/notes/docker-day2.md');

/** Where the notes are wrong or dated, the cards teach this form instead. */
const CORRECTED: Record<string, string> = {
  "docker container ls -a | awk {'print$1'}": "docker container ls -a | awk '{print $1}'",
  'docker container rm ....': 'docker container rm',
};

interface NotesCommand {
  cmd: string;
  heading: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const normalize = (cmd: string) => squash(cmd).replace(/^sudo /, '');

/** Headings as cards cite them: "H3 > H4", or the H3 alone when it has no H4. */
function readNotes(text: string): { commands: NotesCommand[]; headings: Set<string>; leaves: Set<string> } {
  const commands: NotesCommand[] = [];
  const headings = new Set<string>();
  const parents = new Set<string>();
  let h3 = '';
  let h4 = '';
  let fenced = false;
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  for (const line of body.split('\n')) {
    if (line.startsWith('```')) fenced = !fenced;
    if (fenced || line.startsWith('```')) continue;
    const head = /^(#{3,4}) (.+?)\s*$/.exec(line);
    if (head?.[1] === '###') [h3, h4] = [head[2]!, ''];
    if (head?.[1] === '####') {
      h4 = head[2]!;
      parents.add(h3);
    }
    const heading = h4 ? `${h3} > ${h4}` : h3;
    if (head) headings.add(heading);
    for (const m of line.matchAll(/`([^`\n]+)`/g)) commands.push({ cmd: m[1]!, heading });
  }
  const leaves = new Set([...headings].filter((h) => !parents.has(h)));
  return { commands, headings, leaves };
}

function codeBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/```([^\n]*)\n([\s\S]*?)```/g)].map((m) => `${m[1]}\n${m[2]}`);
}

const cardText = (card: Card) =>
  squash([...card.commands.map((c) => c.cmd), card.body.en, card.body.zh].join('\n'));

const HAN = /\p{Script=Han}/u;

const notes = readNotes(readFileSync(notesFile, 'utf8'));
const cards = loadCards();

describe('the notes parser', () => {
  it('finds the notes commands and headings', () => {
    expect(notes.commands.length).toBeGreaterThan(40);
    expect(notes.leaves).toContain('認識 Container > Container 實作');
    expect(notes.leaves).toContain('製作 Base Image');
    expect(notes.leaves).not.toContain('認識 Container');
    expect(notes.commands).toContainEqual({ cmd: 'ps -ef | grep docker', heading: 'Docker 的架構和底層技術 > Docker Engine' });
  });
});

describe('cards cover the notes', () => {
  it.each(notes.commands.map((c) => [c.cmd, c.heading] as const))(
    'teaches `%s` in a card sourced from "%s"',
    (cmd, heading) => {
      const wanted = normalize(CORRECTED[cmd] ?? cmd);
      const teaching = cards.filter((c) => c.source === heading && cardText(c).includes(wanted));
      expect(teaching.map((c) => c.id), wanted).not.toHaveLength(0);
    },
  );

  it('cites only real headings of the notes as sources', () => {
    for (const card of cards) expect(notes.headings, card.id).toContain(card.source);
  });

  it('has at least one card for every section of the notes', () => {
    const sources = new Set(cards.map((c) => c.source));
    for (const leaf of notes.leaves) expect(sources, leaf).toContain(leaf);
  });
});

describe('both languages', () => {
  it.each(cards.map((c) => [c.id, c] as const))('%s is written in English and Traditional Chinese', (_id, card) => {
    for (const text of [card.title.zh, ...card.questions.zh, ...card.keywords.zh, card.body.zh]) {
      expect(text, 'zh').toMatch(HAN);
    }
    for (const text of [card.title.en, ...card.questions.en, ...card.keywords.en]) {
      expect(text, 'en').not.toMatch(HAN);
    }
    expect(card.body.en).toMatch(/[A-Za-z]{3,}( [A-Za-z]{2,}){3}/);
  });

  it.each(cards.map((c) => [c.id, c] as const))('%s has no Simplified characters in its zh text', (_id, card) => {
    // opencc's `tw` target writes 臺 where everyday Taiwan usage (and the notes) write 台.
    const zh = [card.title.zh, ...card.questions.zh, ...card.keywords.zh, card.body.zh].join('\n');
    expect(toTraditional(zh).replaceAll('臺', '台')).toBe(zh.replaceAll('臺', '台'));
  });
});

describe("the notes' mistakes stay out of the cards", () => {
  const blocks = cards.flatMap((card) => [
    ...codeBlocks(card.body.en).map((code) => ({ id: card.id, code })),
    ...codeBlocks(card.body.zh).map((code) => ({ id: card.id, code })),
    ...card.commands.map((c) => ({ id: card.id, code: c.cmd })),
  ]);

  it('has code to check', () => {
    expect(blocks.filter((b) => /^FROM /m.test(b.code)).length).toBeGreaterThanOrEqual(3);
  });

  it.each(blocks.map((b, i) => [b.id, i, b.code] as const))('%s code #%d is correct', (_id, _i, code) => {
    expect(code).not.toMatch(/#Include/);
    expect(code).not.toMatch(/studio\.h/);
    expect(code).not.toContain("awk {'");
    if (/^FROM /m.test(code)) expect(code).not.toContain('//');
  });
});

describe('the notes copy in knowledge/notes/', () => {
  it('is the course notes as written', () => {
    const copy = readFileSync(path.join(repoRoot, 'knowledge/notes/docker-day2.md'), 'utf8');
    expect(copy).toBe(readFileSync(notesFile, 'utf8'));
  });
});
