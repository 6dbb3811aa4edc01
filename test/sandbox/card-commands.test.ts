import { beforeAll, describe, expect } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import type { Reply } from '../../src/reply.ts';
import { createCommandHandler } from '../../src/sandbox/create-command-handler.ts';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';

// Whatever cards are in knowledge/ now: a card that marks a command read-only promises a working "Run" button.
const cards = loadCards();
const readOnly = [...new Set(cards.flatMap((c) => c.commands.filter((x) => x.readOnly).map((x) => x.cmd)))];

describe('read-only commands in the cards run on the sandbox', () => {
  const replies = new Map<string, Reply | null>();

  beforeAll(async () => {
    const host = engineHost();
    if (!host) return;
    const sandbox = createDockerSandbox({ host, tls: null, timeoutMs: 10_000 });
    const handler = createCommandHandler({ sandbox, cards: createCardStore(cards) });
    for (const cmd of readOnly) replies.set(cmd, await handler.handle({ text: cmd, surface: 'button' }));
  });

  itWithEngine('there are read-only commands to check', () => {
    expect(readOnly.length).toBeGreaterThan(0);
  });

  itWithEngine.each(readOnly)('%s', (cmd) => {
    const reply = replies.get(cmd);
    // The whole reply on failure says which card line is wrong and why.
    expect(reply && { kind: reply.kind, ...(reply.kind === 'run' ? {} : reply) }).toEqual({ kind: 'run' });
    expect(reply?.kind === 'run' && reply.output.length).toBeGreaterThan(0);
  });
});
