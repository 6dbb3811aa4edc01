import { describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { renderJson } from '../../src/render/render-json.ts';
import { renderText } from '../../src/render/render-text.ts';
import type { Reply } from '../../src/reply.ts';
import { makeCard, makeDryRun } from '../helpers.ts';

const card = createCardStore([makeCard()]).view('remove-exited-containers', 'en')!;
const replies: Reply[] = [
  { kind: 'help', lang: 'en' },
  { kind: 'answer', lang: 'en', card, score: 0.12 },
  { kind: 'suggestions', lang: 'en', score: 0.5, suggestions: [{ id: 'a', title: 'A' }] },
  { kind: 'no-answer', lang: 'zh-CN' },
  {
    kind: 'outside-notes',
    lang: 'en',
    score: 0.9,
    topic: { id: 'volumes', title: 'Volumes', summary: 'Data that outlives a container.', docs: 'https://docs.docker.com/engine/storage/volumes/' },
    nearest: { id: 'union-file-system', title: 'Union file systems' },
  },
  { kind: 'run', lang: 'en', command: ['docker', 'ps'], output: 'X\n' },
  { kind: 'refused', lang: 'en', command: ['docker', 'rm'], code: 'NOT_ALLOWED', reason: 'r', card: { id: 'c', title: 'C' } },
  makeDryRun(),
  { kind: 'error', lang: 'en', command: ['docker', 'ps'], code: 'SANDBOX_UNREACHABLE', message: 'down' },
];

describe('renderJson', () => {
  it.each(replies)('has the contract fields for $kind, with matched exactly when kind is answer', (reply) => {
    const json = renderJson(reply);
    expect(Object.keys(json).sort()).toEqual(['card', 'command', 'items', 'kind', 'lang', 'matched', 'output', 'score', 'suggestions', 'text', 'topic'].sort());
    expect(json.matched).toBe(reply.kind === 'answer');
    expect(json.text).toBe(renderText(reply));
    expect(json.kind).toBe(reply.kind);
  });

  it('fills card, score, suggestions, command and output where the reply has them', () => {
    expect(renderJson(replies[1]!)).toMatchObject({ card: { id: 'remove-exited-containers', title: 'Remove exited containers' }, score: 0.12, command: null, output: null });
    expect(renderJson(replies[2]!)).toMatchObject({ card: null, suggestions: [{ id: 'a', title: 'A' }], score: 0.5 });
    expect(renderJson(replies[5]!)).toMatchObject({ command: ['docker', 'ps'], output: 'X\n', score: null, topic: null });
    expect(renderJson(replies[6]!)).toMatchObject({ card: { id: 'c' }, output: null });
  });

  it('gives outside-notes no card, matched false, and the topic with its docs link', () => {
    expect(renderJson(replies[4]!)).toMatchObject({
      kind: 'outside-notes',
      matched: false,
      card: null,
      score: 0.9,
      topic: { id: 'volumes', title: 'Volumes', docs: 'https://docs.docker.com/engine/storage/volumes/' },
    });
    expect(Object.keys(renderJson(replies[4]!).topic!).sort()).toEqual(['docs', 'id', 'title']);
  });
});
