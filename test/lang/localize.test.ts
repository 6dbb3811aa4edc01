import { describe, expect, it } from 'vitest';
import { fillVars, inLang, pickLang } from '../../src/lang/localize.ts';

describe('localize', () => {
  const pair = { en: 'Remove containers', zh: '刪除容器' };

  it('picks the half of a pair for each reply language, deriving Simplified', () => {
    expect(pickLang(pair, 'en')).toBe('Remove containers');
    expect(pickLang(pair, 'zh-TW')).toBe('刪除容器');
    expect(pickLang(pair, 'zh-CN')).toBe('删除容器');
  });

  it('converts only for Simplified replies', () => {
    expect(inLang('刪除', 'zh-TW')).toBe('刪除');
    expect(inLang('刪除', 'zh-CN')).toBe('删除');
  });

  it('fills known placeholders and leaves unknown ones as written', () => {
    expect(fillVars('{count} item(s), {missing}', { count: 3 })).toBe('3 item(s), {missing}');
  });
});
