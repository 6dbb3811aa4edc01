import { describe, expect, it } from 'vitest';
import type { Example } from '../../src/knowledge/example-schema.ts';
import { generateVariants } from '../../src/match/generate-variants.ts';

const example = (text: string, lang: Example['lang'] = 'en'): Example => ({ text, lang, style: 'faq', target: { kind: 'card', id: 'x' }, origin: 'written', group: text });

describe('generateVariants', () => {
  it('is deterministic, keeps the group, and marks every variant as one', () => {
    const texts = Array.from({ length: 40 }, (_, i) => `how do I remove exited containers number ${i}`);
    const once = texts.flatMap((t) => generateVariants(example(t)));
    expect(texts.flatMap((t) => generateVariants(example(t)))).toEqual(once);
    expect(once.length).toBeGreaterThan(0);
    for (const v of once) expect(v).toMatchObject({ origin: 'variant', target: { id: 'x' } });
    expect(once.some((v) => v.style === 'slack' && v.text.startsWith('<@U0DOCKHAND> '))).toBe(true);
    expect(once.some((v) => v.style === 'typo')).toBe(true);
  });
  it('gives Taiwanese Chinese a mainland-worded Simplified copy', () => {
    const [v] = generateVariants(example('程式在背景執行嗎', 'zh-TW')).filter((x) => x.lang === 'zh-CN');
    expect(v!.text).toBe('程序在背景运行吗');
  });
});
