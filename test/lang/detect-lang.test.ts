import { describe, expect, it } from 'vitest';
import { detectLang } from '../../src/lang/detect-lang.ts';

describe('detectLang', () => {
  it.each([
    ['how do I remove containers', 'en'],
    ['', 'en'],
    ['🐳🐳', 'en'],
    ['怎麼刪除退出的容器', 'zh-TW'],
    ['怎么删除退出的容器', 'zh-CN'],
    ['docker 映像 是什麼', 'zh-TW'],
    ['列出 image', 'zh-TW'],
    ['查看所有镜像', 'zh-CN'],
    ['如何 remove 容器', 'zh-TW'],
  ])('%j → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
