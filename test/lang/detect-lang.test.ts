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
    // Written in both scripts, so they are evidence of neither: Taiwanese text stays Traditional.
    ['我的平台只有一台主機', 'zh-TW'],
    ['dockerd 是後台在跑的嗎', 'zh-TW'],
    ['container 裡面跑著什麼', 'zh-TW'],
    ['只要在後台跑就好', 'zh-TW'],
    ['这台机器只装了 docker', 'zh-CN'],
    ['后台进程在哪里看', 'zh-CN'],
    // More evidence wins when a message mixes both (a pasted Simplified error in a Taiwanese message).
    ['為什麼會這樣？錯誤訊息是：无法连接', 'zh-TW'],
  ])('%j → %s', (text, lang) => {
    expect(detectLang(text)).toBe(lang);
  });
});
