import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/brain.ts';
import { dispatch } from '../../src/dispatch.ts';
import { loadCards } from '../../src/knowledge/load-cards.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { buildMatchIndex } from '../../src/match/match-index.ts';
import type { MatchResult } from '../../src/match/matcher.ts';
import { rankCards } from '../../src/match/rank-cards.ts';

const cards = loadCards();
const matcher = createMatcher(cards);
const brain = createBrain({ cards });

const LANGS = ['en', 'zh-TW', 'zh-CN'];
const REPLY_KINDS = ['help', 'answer', 'suggestions', 'no-answer'];

function expectMatchResult(r: MatchResult) {
  expect(LANGS).toContain(r.lang);
  if (r.kind === 'answer') expect(cards.some((c) => c.id === r.cardId)).toBe(true);
  else if (r.kind === 'suggestions') expect(r.cardIds.length).toBeGreaterThan(0);
  else expect(r.kind).toBe('none');
}

// Text a learner might paste: docker words, Chinese, Slack markup, emoji, RTL and lone surrogates.
const piece = fc.oneof(
  fc.constantFrom('docker', 'rm', '-aq', 'status=exited', '容器', '刪除', '镜像', '<@U1>', '<#C1|x>', '<http://a|b>', ':whale:'),
  fc.constantFrom('`', '```', '*', '_', '~', '&amp;', '&lt;', '\u200f', 'مرحبا', 'שלום', '\ud800', '\udc00', '😀', '\u0000'),
  fc.string({ unit: 'grapheme' }),
);
const messy = fc.array(piece, { maxLength: 20 }).map((parts) => parts.join(' '));

const inputs = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary-ascii' }),
  messy,
);

describe('the matcher never crashes', () => {
  it('returns a MatchResult for any string', () => {
    fc.assert(fc.property(inputs, (text) => expectMatchResult(matcher.match(text))), { numRuns: 300 });
  });
  it('handles 100 kB pastes, emoji only, RTL text and lone surrogates', () => {
    const big = 'docker rm 刪除容器 '.repeat(7000);
    for (const text of ['', big, '😀'.repeat(50_000), 'مرحبا كيف حالك', '\ud800\udbff\udfff', '\u0000\u0001\uffff', ' '.repeat(100_000)]) {
      expectMatchResult(matcher.match(text));
    }
  });
  it('needs no safety net: the pipeline itself does not throw', () => {
    const index = buildMatchIndex(cards);
    fc.assert(
      fc.property(inputs, (text) => {
        const { coverage } = rankCards(text, index);
        expect(coverage).toBeGreaterThanOrEqual(0);
        expect(coverage).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
  it('survives a non-string from an untyped caller', () => {
    expectMatchResult(matcher.match(undefined as unknown as string));
  });
});

describe('dispatch with the real cards never crashes', () => {
  it('returns a Reply for any string', async () => {
    await fc.assert(
      fc.asyncProperty(inputs, async (text) => {
        const reply = await dispatch({ text, surface: 'cli' }, brain);
        expect(REPLY_KINDS).toContain(reply.kind);
        expect(LANGS).toContain(reply.lang);
      }),
      { numRuns: 200 },
    );
  });
});
