import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/match/fold-text.ts';

describe('foldText', () => {
  it('folds both Chinese scripts onto one, so 映像檔 in either script is one spelling', () => {
    expect(foldText('刪除退出的容器')).toBe(foldText('删除退出的容器'));
    expect(foldText('裡面的鏡像')).toBe('里面的镜像');
  });
  it('lower-cases, and NFKC turns full-width letters and typographic quotes into plain ones', () => {
    expect(foldText('ＤＯＣＫＥＲ ps')).toBe('docker ps');
    expect(foldText('what’s “this” — ok')).toBe(`what's "this" - ok`);
  });
  it('leaves characters both scripts write as they are', () => {
    expect(foldText('台只著')).toBe('台只著');
  });
});
