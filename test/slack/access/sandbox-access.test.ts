import { describe, expect, it } from 'vitest';
import { mayUseSandbox } from '../../../src/slack/access/sandbox-access.ts';

const open = { allowedChannels: [], allowedUsers: [], ratePerMin: 10 };

describe('mayUseSandbox', () => {
  it('lets everyone in when both lists are empty', () => {
    expect(mayUseSandbox(open, 'U1', 'C1')).toBe(true);
    expect(mayUseSandbox(open)).toBe(true);
  });

  it('needs both the channel and the user to be listed when both lists are set', () => {
    const access = { ...open, allowedChannels: ['C1'], allowedUsers: ['U1'] };
    expect(mayUseSandbox(access, 'U1', 'C1')).toBe(true);
    expect(mayUseSandbox(access, 'U2', 'C1')).toBe(false);
    expect(mayUseSandbox(access, 'U1', 'C2')).toBe(false);
    expect(mayUseSandbox(access, undefined, 'C1')).toBe(false);
  });

  it('checks only the list that is set', () => {
    expect(mayUseSandbox({ ...open, allowedUsers: ['U1'] }, 'U1', 'C9')).toBe(true);
    expect(mayUseSandbox({ ...open, allowedChannels: ['C1'] }, 'U9', 'C1')).toBe(true);
  });
});
