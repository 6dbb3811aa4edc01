import { describe, expect, it } from 'vitest';
import { actionPattern, cardValue, parseCardValue } from '../../../src/slack/blocks/action-ids.ts';

describe('card values', () => {
  it('round-trip language and id', () => {
    for (const lang of ['en', 'zh-TW', 'zh-CN'] as const) {
      expect(parseCardValue(cardValue({ lang, id: 'control-groups' }))).toEqual({ lang, id: 'control-groups' });
    }
  });

  it('reject anything tampered, missing or malformed', () => {
    for (const bad of [undefined, '', 'namespaces', 'fr|namespaces', 'en|Name Spaces', 'en|../etc', 'en|a|b', 'en|']) {
      expect(parseCardValue(bad), String(bad)).toBeNull();
    }
  });
});

describe('actionPattern', () => {
  it('matches the id with or without an index, nothing else', () => {
    const p = actionPattern('run_on_sandbox');
    expect(p.test('run_on_sandbox')).toBe(true);
    expect(p.test('run_on_sandbox:3')).toBe(true);
    expect(p.test('run_on_sandbox_x')).toBe(false);
    expect(p.test('xrun_on_sandbox')).toBe(false);
  });
});

describe('runBlockId', () => {
  it('names the card of a run button block, and nothing for a tampered one', async () => {
    const { runBlockId, parseRunBlockId } = await import('../../../src/slack/blocks/action-ids.ts');
    expect(parseRunBlockId(runBlockId({ lang: 'zh-TW', id: 'list-containers' }))).toEqual({ lang: 'zh-TW', id: 'list-containers' });
    for (const bad of ['run|en|../x', 'card|en|x', 'run|xx|list', 42, null, { id: 'x' }]) expect(parseRunBlockId(bad)).toBeNull();
  });
});
