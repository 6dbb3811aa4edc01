import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readItems } from '../../scripts/eval-lib.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';

const dir = fileURLToPath(new URL('heldout/', import.meta.url));

describe('the frozen held-out sets', () => {
  it('are unchanged since they were frozen (SHA256SUMS)', () => {
    const sums = readFileSync(`${dir}SHA256SUMS`, 'utf8').trim().split('\n');
    expect(sums.length).toBe(2);
    for (const line of sums) {
      const [sum, path] = line.split(/\s+/);
      const file = `${dir}${path!.split('/').pop()}`;
      expect(createHash('sha256').update(readFileSync(file)).digest('hex'), path).toBe(sum);
    }
  });

  it('hold at least 200 messages, name only real cards, and have out-of-scope ones of both kinds', () => {
    const ids = new Set(loadCards().map((c) => c.id));
    for (const name of ['frozen-a.jsonl', 'frozen-b.jsonl']) {
      const items = readItems(`${dir}${name}`);
      expect(items.length).toBeGreaterThanOrEqual(200);
      for (const item of items) for (const card of item.cards) expect(ids.has(card), card).toBe(true);
      expect(items.some((i) => i.expect === 'outside-notes')).toBe(true);
      expect(items.some((i) => i.expect === 'no-answer')).toBe(true);
    }
  });
});
