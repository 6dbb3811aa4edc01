import { describe, expect, it } from 'vitest';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY, TRADITIONAL_TO_SIMPLIFIED } from '../../src/lang/generated/script-chars.ts';

describe('the generated script tables', () => {
  it('keep characters both scripts write out of both lists', () => {
    for (const shared of '台只著後后里干面系才了表范松容器') {
      expect(SIMPLIFIED_ONLY.includes(shared), shared).toBe(false);
      expect(TRADITIONAL_ONLY.includes(shared), shared).toBe(false);
    }
  });

  it('hold the characters that do tell the scripts apart', () => {
    for (const c of '这个们发进络设预档') expect(SIMPLIFIED_ONLY).toContain(c);
    for (const c of '這個們發進網絡設預檔裡臺') expect(TRADITIONAL_ONLY).toContain(c);
  });

  it('fold every Traditional character onto one Simplified one', () => {
    const pairs = [...TRADITIONAL_TO_SIMPLIFIED];
    expect(pairs.length % 2).toBe(0);
    const fold = new Map<string, string>();
    for (let i = 0; i < pairs.length; i += 2) fold.set(pairs[i]!, pairs[i + 1]!);
    expect(fold.get('臺')).toBe('台');
    expect(fold.get('裡')).toBe('里');
    expect(fold.get('鏡')).toBe('镜');
  });
});
