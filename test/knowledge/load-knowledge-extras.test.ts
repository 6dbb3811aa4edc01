import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/knowledge/load-catalogue.ts';
import { loadConcepts } from '../../src/knowledge/load-concepts.ts';
import { loadExamples } from '../../src/knowledge/load-examples.ts';
import { parseNoteSteps } from '../../src/knowledge/parse-note-steps.ts';

const dir = (name: string) => fileURLToPath(new URL(`../fixtures/knowledge/${name}/`, import.meta.url));
const cards = new Set(['remove-exited-containers']);

describe('examples, catalogue and concepts beside the cards', () => {
  it('loads examples from every batch file of a card, plus outside and chatter, skipping blank lines', () => {
    const catalogue = loadCatalogue(dir('good'), cards);
    const examples = loadExamples(dir('good'), cards, new Set(catalogue.map((e) => e.id)));
    expect(examples.map((e) => [e.target, e.text])).toEqual([
      [{ kind: 'chatter' }, 'thanks!'],
      [{ kind: 'topic', id: 'topic-bind-mounts' }, 'how do I mount a host folder with -v'],
      [{ kind: 'card', id: 'remove-exited-containers' }, 'how do I get rid of stopped containers'],
      [{ kind: 'card', id: 'remove-exited-containers' }, '怎麼清掉退出的容器'],
      [{ kind: 'card', id: 'remove-exited-containers' }, 'prune??'],
    ]);
    expect(new Set(examples.map((e) => e.group)).size).toBe(examples.length);
  });

  it('names the file and line of an example pointing nowhere, and a file named after no card', () => {
    expect(() => loadExamples(dir('bad-topic'), cards, new Set())).toThrow(/outside\.jsonl: line 1\.topic: no catalogue entry has id "topic-nowhere"/);
    expect(() => loadExamples(dir('bad-file'), cards, new Set())).toThrow(/no-such-card\.jsonl: \(file\): "no-such-card" is not a card id/);
  });

  it('validates catalogue entries, naming file, entry and field', () => {
    expect(loadCatalogue(dir('good'), cards)).toMatchObject([{ id: 'topic-bind-mounts', nearest: 'remove-exited-containers' }]);
    expect(() => loadCatalogue(dir('bad-catalogue'), cards)).toThrow(/topics\.yaml: topic-x\.docs: must be a https:\/\/docs\.docker\.com\/ link/);
    expect(() => loadCatalogue(dir('good'), new Set())).toThrow(/topic-bind-mounts\.nearest: no card has id "remove-exited-containers"/);
  });

  it('loads concept groups, and none without the file', () => {
    expect(loadConcepts(dir('good'))).toEqual([{ name: 'remove', words: ['remove', 'delete', '刪除'] }]);
    expect(loadConcepts(dir('bad-file'))).toEqual([]);
  });
});

describe('parseNoteSteps', () => {
  it('numbers steps per section as the notes do, with their code, outside code fences', () => {
    const steps = parseNoteSteps('### A\n#### B\n1. list\n`docker ps`\n2. two\n```\n3. not a step\n```\n### C\n1. again\n');
    expect(steps).toEqual([
      { section: 'A > B', number: 1, text: 'list\n`docker ps`' },
      { section: 'A > B', number: 2, text: 'two\n```\n3. not a step\n```' },
      { section: 'C', number: 1, text: 'again' },
    ]);
  });
});
