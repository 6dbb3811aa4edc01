import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { parseCard } from '../../src/knowledge/parse-card.ts';
import { createSqliteStore } from '../../src/store/sqlite-store.ts';
import type { QuestionRow } from '../../src/store/store.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let knowledge: string;
let dataDir: string;

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', DATA_DIR: dataDir },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const asked = (text: string, lang: string, outcome: QuestionRow['outcome'] = 'no-answer', topic: string | null = null): QuestionRow => ({
  at: Date.now() - 3_600_000, user: 'u', surface: 'slash', channel: 'C1', text, lang, outcome, card: null, topic, score: null,
});

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'dh-draft-'));
  knowledge = join(work, 'knowledge');
  dataDir = join(work, 'data');
  cpSync(join(ROOT, 'knowledge'), knowledge, { recursive: true });
  const store = createSqliteStore(dataDir);
  await store.write({
    questions: [
      asked('how do I mount a host folder', 'en'),
      asked('how do I mount a host folder', 'en'),
      asked('mount a host folder into a container', 'en', 'outside-notes', 'bind-mounts'),
      asked('how do i mount host folders', 'en'),
      asked('how to bake a cake', 'en'),
    ],
    feedback: [],
    runs: [],
  });
  await store.close();
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('dockhand kb draft → kb check', () => {
  it('turns report group 1 into a draft card with the learners\' questions, which the app does not load', () => {
    const report = cli(['report', '--since', '1d']);
    expect(report.out).toMatch(/ {2}1\. {4}4× {2}how do I mount a host folder/);
    const before = loadCards(knowledge).length;
    const r = cli(['kb', 'draft', '1', '--since', '1d', '--dir', knowledge]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('mount-host-folder.md: a draft with 3 English and 0 Chinese questions');
    const file = join(knowledge, 'mount-host-folder.md');
    const card = parseCard(file, readFileSync(file, 'utf8'));
    expect(card).toMatchObject({ id: 'mount-host-folder', draft: true });
    expect(card.questions.en).toEqual(['how do I mount a host folder', 'how do i mount host folders', 'mount a host folder into a container']);
    expect(card.questions.zh).toEqual(['TODO：學員用中文會怎麼問']);
    expect(loadCards(knowledge)).toHaveLength(before);
  });

  it('kb check fails on the draft, one "fill this in" line per field, until it is written', () => {
    const r = cli(['kb', 'check', knowledge]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^ok: \d+ cards/);
    expect(r.err).toContain('mount-host-folder.md is a draft (not loaded) with 8 things left:');
    for (const field of ['source', 'title.en', 'title.zh', 'questions.zh.0', 'keywords.en.0', 'keywords.zh.0', 'body.en', 'body.zh']) {
      expect(r.err).toContain(`  - ${field}: fill this in (it still says TODO)`);
    }
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  it('passes once every TODO is written, and publishes when the draft line goes', () => {
    const file = join(knowledge, 'mount-host-folder.md');
    const written = readFileSync(file, 'utf8')
      .replace(/source: .*TODO.*/, 'source: 認識 Container')
      .replace(/en: "?TODO: a short title"?/, 'en: Mount a host folder (bind mounts)')
      .replace(/zh: "?TODO：簡短的標題"?/, 'zh: 掛載主機資料夾')
      .replace(/- "?TODO：學員用中文會怎麼問"?/, '- 怎麼掛載主機的資料夾')
      .replace(/- "?TODO: synonyms and slang"?/, '- bind mount')
      .replace(/- "?TODO：同義詞"?/, '- 掛載')
      .replace(/TODO: a short, correct, runnable answer.*/, 'Use `docker run -v /host/path:/container/path image`.')
      .replace(/TODO：同樣的內容.*/, '用 `docker run -v /host/path:/container/path image`。');
    writeFileSync(file, written);
    const ready = cli(['kb', 'check', knowledge]);
    expect(ready.err).toBe('');
    expect(ready.code).toBe(0);
    expect(ready.out).toContain('draft ready:');
    const count = loadCards(knowledge).length;
    writeFileSync(file, written.replace(/^draft: true\n/m, ''));
    const published = cli(['kb', 'check', knowledge]);
    expect(published.code).toBe(0);
    expect(published.out).toContain(`ok: ${count + 1} cards`);
  });

  it('says clearly what is wrong with a group that does not exist, a taken id or bad arguments', () => {
    expect(cli(['kb', 'draft', '9', '--since', '1d', '--dir', knowledge]).err).toContain('there is no group 9: the report has 2 unanswered groups');
    const taken = cli(['kb', 'draft', '1', '--since', '1d', '--dir', knowledge, '--id', 'namespaces']);
    expect(taken.code).toBe(1);
    expect(taken.err).toContain('namespaces.md already exists; choose another id with --id');
    const bad = cli(['kb', 'draft', 'first', '--dir', knowledge]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('give one group number');
    expect(cli(['report', '--since', 'yesterday']).err).toContain('--since takes a duration such as 7d');
  });
});
