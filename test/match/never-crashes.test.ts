import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBrain } from '../../src/brain.ts';
import { dispatch } from '../../src/dispatch.ts';
import { loadKnowledge } from '../../src/brain.ts';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/load-cards.ts';
import { featureOptionsOf } from '../../src/match/build-matcher-model.ts';
import { createMatcher } from '../../src/match/create-matcher.ts';
import { extractFeatures } from '../../src/match/extract-features.ts';
import { loadMatcherModel } from '../../src/match/load-matcher-model.ts';
import type { MatchResult } from '../../src/match/matcher.ts';

const knowledge = loadKnowledge();
const cards = knowledge.cards;
const { model } = loadMatcherModel(DEFAULT_KNOWLEDGE_DIR, () => knowledge);
const matcher = createMatcher(model);
const brain = createBrain({ matcher: () => matcher });
const topics = new Set(knowledge.catalogue.map((e) => e.id));

const LANGS = ['en', 'zh-TW', 'zh-CN'];
const REPLY_KINDS = ['help', 'answer', 'suggestions', 'no-answer', 'outside-notes'];

function expectMatchResult(r: MatchResult) {
  expect(LANGS).toContain(r.lang);
  if (r.kind === 'answer') expect(cards.some((c) => c.id === r.cardId)).toBe(true);
  else if (r.kind === 'suggestions') expect(r.cardIds.length).toBeGreaterThan(0);
  else if (r.kind === 'outside') expect(topics.has(r.topicId)).toBe(true);
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
  it('needs no safety net: feature extraction itself does not throw, and features are finite', () => {
    const options = featureOptionsOf(model);
    fc.assert(
      fc.property(inputs, (text) => {
        for (const v of extractFeatures(text, options).values()) expect(Number.isFinite(v)).toBe(true);
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
