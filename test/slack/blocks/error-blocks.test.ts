import { describe, expect, it } from 'vitest';
import { errorBlocks } from '../../../src/slack/blocks/error-blocks.ts';

describe('errorBlocks', () => {
  it('says the sandbox could not answer, for which command, and why', () => {
    const text = JSON.stringify(errorBlocks({ kind: 'error', lang: 'en', command: ['ps'], code: 'SANDBOX_UNREACHABLE', message: "the sandbox isn't reachable right now" }));
    expect(text).toContain('The sandbox could not answer');
    expect(text).toContain('```docker ps```');
    expect(text).toContain("isn't reachable");
  });

  it('is localized and works without a command', () => {
    const blocks = errorBlocks({ kind: 'error', lang: 'zh-TW', command: null, code: 'SANDBOX_TIMEOUT', message: '逾時' });
    expect(JSON.stringify(blocks)).toContain('沙箱無法回應');
    expect(JSON.stringify(blocks)).not.toContain('```');
  });
});
