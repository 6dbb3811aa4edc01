import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { DockhandError } from '../errors.ts';
import {
  cardExampleSchema,
  chatterExampleSchema,
  outsideExampleSchema,
  type Example,
  type ExampleTarget,
} from './example-schema.ts';

function fail(file: string, field: string, problem: string): never {
  throw new DockhandError('CARD_INVALID', `${file}: ${field}: ${problem}`, { file, field });
}

function readJsonl<T>(file: string, schema: ZodType<T>): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      let data: unknown;
      try {
        data = JSON.parse(line);
      } catch {
        fail(file, `line ${i + 1}`, 'not valid JSON');
      }
      const parsed = schema.safeParse(data);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        fail(file, `line ${i + 1}.${issue.path.join('.') || '(line)'}`, issue.message);
      }
      return [parsed.data];
    });
}

const written = (file: string, n: number, target: ExampleTarget) => (e: { text: string; lang: Example['lang']; style: Example['style'] }, i: number): Example => ({
  text: e.text,
  lang: e.lang,
  style: e.style,
  target,
  origin: 'written',
  group: `${file}#${n + i}`,
});

/**
 * The written training examples of `<knowledgeDir>/examples/`: `<card-id>[.<batch>].jsonl` per card,
 * `outside[.<batch>].jsonl` (each with a catalogue `topic`) and `chatter[.<batch>].jsonl`. A missing folder is none.
 * File names and topics must name real cards and catalogue entries.
 */
export function loadExamples(knowledgeDir: string, cardIds: ReadonlySet<string>, topicIds: ReadonlySet<string>): Example[] {
  const dir = join(knowledgeDir, 'examples');
  if (!existsSync(dir)) return [];
  const out: Example[] = [];
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const file = join(dir, name);
    // `<id>.jsonl` or `<id>.<batch>.jsonl`: several authors can add to one card without touching each other's files.
    const id = name.slice(0, -'.jsonl'.length).split('.')[0]!;
    if (id === 'outside') {
      readJsonl(file, outsideExampleSchema).forEach((e, i) => {
        if (!topicIds.has(e.topic)) fail(file, `line ${i + 1}.topic`, `no catalogue entry has id "${e.topic}"`);
        out.push(written(name, 0, { kind: 'topic', id: e.topic })(e, i));
      });
    } else if (id === 'chatter') {
      out.push(...readJsonl(file, chatterExampleSchema).map(written(name, 0, { kind: 'chatter' })));
    } else if (cardIds.has(id)) {
      out.push(...readJsonl(file, cardExampleSchema).map(written(name, 0, { kind: 'card', id })));
    } else {
      fail(file, '(file)', `"${id}" is not a card id (nor outside / chatter)`);
    }
  }
  return out;
}
