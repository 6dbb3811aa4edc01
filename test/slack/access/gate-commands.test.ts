import { describe, expect, it } from 'vitest';
import type { CommandHandler } from '../../../src/dispatch.ts';
import type { Input, Reply } from '../../../src/reply.ts';
import type { AuditEntry } from '../../../src/slack/access/audit-log.ts';
import { gateCommands } from '../../../src/slack/access/gate-commands.ts';
import { createRateLimiter } from '../../../src/slack/access/rate-limiter.ts';
import { createSandboxSlots } from '../../../src/slack/access/sandbox-slots.ts';

const run: Reply = { kind: 'run', lang: 'en', command: ['docker', 'ps'], output: 'out' };
const refused: Reply = { kind: 'refused', lang: 'en', command: ['docker', 'rm', 'web'], code: 'NOT_ALLOWED', reason: 'no', card: null };

/** A handler that treats `ps…` as a run, `rm…` as a refusal, anything else as not a command. */
function handler(): CommandHandler & { calls: Input[] } {
  const calls: Input[] = [];
  return {
    calls,
    async handle(input) {
      calls.push(input);
      if (input.text.startsWith('ps')) return run;
      if (input.text.startsWith('rm')) return refused;
      if (input.text === 'logs boom') throw new Error('engine exploded');
      return null;
    },
  };
}

function gate(access: Partial<{ allowedChannels: string[]; allowedUsers: string[]; ratePerMin: number }> = {}) {
  const inner = handler();
  const entries: AuditEntry[] = [];
  let t = 0;
  const commands = gateCommands(inner, { allowedChannels: [], allowedUsers: [], ratePerMin: 2, ...access }, {
    limiter: createRateLimiter(access.ratePerMin ?? 2, () => 0),
    audit: { record: (e) => entries.push(e) },
    clock: () => (t += 5),
  });
  return { commands, inner, entries };
}

const input = (text: string, user = 'U1', channel = 'C1'): Input => ({ text, surface: 'slash', user, channel });

describe('gateCommands', () => {
  it('runs allowed commands and audits each with argv, outcome and duration', async () => {
    const { commands, entries } = gate();
    expect(await commands.handle(input('ps'))).toBe(run);
    expect(entries).toEqual([{ user: 'U1', channel: 'C1', surface: 'slash', argv: ['docker', 'ps'], outcome: 'run', code: null, ms: 5 }]);
  });

  it('refuses politely, without running, outside the allowed channels or users', async () => {
    const { commands, inner, entries } = gate({ allowedChannels: ['C1'], allowedUsers: ['U1'] });
    const reply = await commands.handle(input('ps -a', 'U2'));
    expect(reply).toMatchObject({ kind: 'refused', code: 'ACCESS_DENIED', command: ['ps', '-a'] });
    expect((reply as { reason: string }).reason).toMatch(/Sorry/);
    expect(await commands.handle(input('ps', 'U1', 'C2'))).toMatchObject({ code: 'ACCESS_DENIED' });
    expect(inner.calls).toEqual([]);
    expect(entries.map((e) => [e.outcome, e.code])).toEqual([['refused', 'ACCESS_DENIED'], ['refused', 'ACCESS_DENIED']]);
  });

  it('lets questions through to the matcher for people without sandbox access', async () => {
    const { commands } = gate({ allowedUsers: ['U1'] });
    expect(await commands.handle(input('what is a namespace', 'U2'))).toBeNull();
  });

  it('limits runs per user per minute, in the asker language', async () => {
    const { commands } = gate({ ratePerMin: 2 });
    await commands.handle(input('ps'));
    await commands.handle(input('ps'));
    const reply = await commands.handle(input('ps'));
    expect(reply).toMatchObject({ kind: 'refused', code: 'RATE_LIMITED' });
    expect((reply as { reason: string }).reason).toMatch(/2 sandbox commands/);
    expect(await commands.handle(input('ps', 'U2'))).toBe(run);
  });

  it('does not count refusals or questions against the rate', async () => {
    const { commands } = gate({ ratePerMin: 1 });
    await commands.handle(input('rm web'));
    await commands.handle(input('rm web'));
    await commands.handle(input('hello there'));
    expect(await commands.handle(input('ps'))).toBe(run);
  });

  it('audits policy refusals too, and nothing for questions', async () => {
    const { commands, entries } = gate();
    await commands.handle(input('rm web'));
    await commands.handle(input('hello there'));
    expect(entries.map((e) => [e.outcome, e.code, e.argv])).toEqual([['refused', 'NOT_ALLOWED', ['docker', 'rm', 'web']]]);
  });

  it('audits and rethrows a handler failure, refunding the run', async () => {
    const { commands, entries } = gate({ ratePerMin: 1 });
    await expect(commands.handle(input('logs boom'))).rejects.toThrow('engine exploded');
    expect(entries.at(-1)?.outcome).toBe('exception');
    expect(await commands.handle(input('ps'))).toBe(run);
  });

  it('refuses as busy when every sandbox slot stays taken, refunding the run; questions take no slot', async () => {
    const slots = createSandboxSlots(1);
    const entries: AuditEntry[] = [];
    let release!: () => void;
    const inner: CommandHandler = {
      async handle(i) {
        if (i.text === 'ps slow') await new Promise<void>((r) => (release = r));
        return i.text.startsWith('ps') ? run : null;
      },
    };
    const commands = gateCommands(inner, { allowedChannels: [], allowedUsers: [], ratePerMin: 1 }, {
      limiter: createRateLimiter(1, () => 0),
      audit: { record: (e) => entries.push(e) },
      slots,
      slotWaitMs: 20,
    });
    const slow = commands.handle(input('ps slow', 'U1'));
    await new Promise((r) => setTimeout(r, 5));
    expect(await commands.handle(input('what is a layer', 'U2'))).toBeNull();
    const busy = await commands.handle(input('ps', 'U2'));
    expect(busy).toMatchObject({ kind: 'refused', code: 'SANDBOX_BUSY' });
    expect((busy as { reason: string }).reason).toMatch(/busy/);
    release();
    expect(await slow).toBe(run);
    // U2's run was refunded (the rate is 1 a minute) and the slot is free again.
    expect(await commands.handle(input('ps', 'U2'))).toBe(run);
    expect(entries.map((e) => e.code)).toEqual(['SANDBOX_BUSY', null, null]);
  });
});
