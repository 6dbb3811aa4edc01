import { describe, expect, it } from 'vitest';
import { loadCards } from '../../src/knowledge/load-cards.ts';

// Shell lines in a card's code blocks that teach a command (not file contents such as hello.c).
const COMMAND = /^(?:docker|sudo|gcc|\.\/|vim|mkdir|cd|ps|systemctl|pgrep|curl|ls|file|ldd|exit|yum|newgrp)\b/;

function shellLines(body: string): string[] {
  const lines: string[] = [];
  for (const m of body.matchAll(/```([a-z]*)\n([\s\S]*?)```/g)) {
    if (m[1]) continue; // ```c, ```dockerfile: file contents
    for (const line of m[2]!.split('\n')) if (COMMAND.test(line.trim())) lines.push(line.trim());
  }
  return lines;
}

describe('every command a card body teaches is in its commands list', () => {
  it.each(loadCards().map((c) => [c.id, c] as const))('%s', (_id, card) => {
    const listed = new Set(card.commands.map((c) => c.cmd));
    const missing = [...new Set([...shellLines(card.body.en), ...shellLines(card.body.zh)])].filter((l) => !listed.has(l));
    expect(missing).toEqual([]);
  });
});
