import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { runShell } from '../../src/shell/run-shell.ts';
import { fixedMatcher, makeCard } from '../helpers.ts';

async function chat(lines: string[], interactive = false) {
  const input = new PassThrough();
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += d));
  const matcher = fixedMatcher({ kind: 'answer', lang: 'en', cardId: 'remove-exited-containers', score: 0.1 });
  const done = runShell({ cards: createCardStore([makeCard()]), matcher }, { input, output, interactive });
  input.end(lines.map((l) => `${l}\n`).join(''));
  await done;
  return { out, seen: matcher.seen };
}

describe('runShell', () => {
  it('answers plain text and /docker text the same way, and stops at exit', async () => {
    const { out, seen } = await chat(['how do I clean up', '/docker how do I clean up', 'exit', 'never read']);
    expect(seen).toEqual(['how do I clean up', 'how do I clean up']);
    expect(out.match(/\*Remove exited containers\*/g)).toHaveLength(2);
  });

  it('shows help for help and for an empty /docker', async () => {
    const { out, seen } = await chat(['help', '/docker']);
    expect(seen).toEqual([]);
    expect(out.match(/Dockhand teaches Docker/g)).toHaveLength(2);
  });

  it('prompts only when a person is typing', async () => {
    expect((await chat(['exit'], true)).out).toContain('dockhand> ');
    expect((await chat(['exit'], false)).out).not.toContain('dockhand> ');
  });
});
