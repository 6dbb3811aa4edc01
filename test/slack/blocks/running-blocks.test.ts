import { describe, expect, it } from 'vitest';
import { runningBlocks, runningText } from '../../../src/slack/blocks/running-blocks.ts';

describe('runningText', () => {
  it('names the command with its docker prefix, in the asker language', () => {
    expect(runningText('ps', 'en')).toBe('running `docker ps` on the sandbox…');
    expect(runningText('docker   images -a', 'zh-TW')).toBe('正在沙箱上執行 `docker images -a`…');
    expect(runningText('ps', 'zh-CN')).toContain('正在沙箱上运行');
  });

  it('escapes and bounds what was typed', () => {
    const text = runningText(`logs <${'x'.repeat(500)}>`, 'en');
    expect(text).toContain('&lt;');
    expect(text.length).toBeLessThan(260);
    expect(runningBlocks('ps', 'en')[0]!.type).toBe('context');
  });
});
