import { describe, expect, it } from 'vitest';
import { splitMrkdwn } from '../../../src/slack/blocks/split-mrkdwn.ts';

describe('splitMrkdwn', () => {
  it('keeps short text in one chunk', () => {
    expect(splitMrkdwn('hello\nworld', 100)).toEqual(['hello\nworld']);
  });

  it('returns nothing for empty text', () => {
    expect(splitMrkdwn('', 100)).toEqual([]);
  });

  it('cuts long text at line ends into chunks under the limit', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
    const chunks = splitMrkdwn(text, 100);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100);
    expect(chunks.join('\n')).toBe(text);
  });

  it('closes a code block cut in two and reopens it in the next chunk', () => {
    const code = Array.from({ length: 40 }, (_, i) => `docker ps ${i}`).join('\n');
    const chunks = splitMrkdwn(`intro\n\`\`\`\n${code}\n\`\`\`\nafter`, 120);
    expect(chunks.length).toBeGreaterThan(2);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(120);
      expect((c.match(/```/g) ?? []).length % 2).toBe(0);
    }
  });

  it('cuts a single line longer than a chunk', () => {
    const chunks = splitMrkdwn('x'.repeat(250), 100);
    expect(chunks.join('')).toBe('x'.repeat(250));
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(100);
  });
});
