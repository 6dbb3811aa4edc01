import { describe, expect, it } from 'vitest';
import { createAuditLog } from '../../../src/slack/access/audit-log.ts';
import { lineSink } from '../line-sink.ts';

describe('createAuditLog', () => {
  it('writes one JSON line per run with user, channel, argv, outcome and ms', () => {
    const sink = lineSink();
    const audit = createAuditLog(sink);
    audit.record({ user: 'U1', channel: 'C1', surface: 'slash', argv: ['docker', 'ps', '-a'], outcome: 'run', code: null, ms: 12.345 });
    audit.record({ user: null, channel: null, surface: 'button', argv: [], outcome: 'refused', code: 'ACCESS_DENIED', ms: 0 });
    const [first, second] = sink.lines();
    expect(first).toMatchObject({ audit: 'sandbox', user: 'U1', channel: 'C1', argv: ['docker', 'ps', '-a'], outcome: 'run', ms: 12.3, msg: 'sandbox run' });
    expect(second).toMatchObject({ user: null, channel: null, surface: 'button', outcome: 'refused', code: 'ACCESS_DENIED' });
    expect(sink.lines()).toHaveLength(2);
  });

  it('hands each run to the history instead, when there is one, and logs no line', () => {
    const sink = lineSink();
    const stored: unknown[] = [];
    const audit = createAuditLog(sink, (entry) => stored.push(entry));
    const entry = { user: 'U1', channel: 'C1', surface: 'slash' as const, argv: ['docker', 'ps'], outcome: 'run', code: null, ms: 3 };
    audit.record(entry);
    expect(stored).toEqual([entry]);
    expect(sink.lines()).toEqual([]);
  });

  it('redacts the argv it is given, whoever the caller (L4)', () => {
    const sink = lineSink();
    createAuditLog(sink).record({
      user: 'U1', channel: 'C1', surface: 'slash', argv: ['docker', 'login', '-u', 'me', '-p', 'Sup3rSecret-typed', '-e', 'DB_PASSWORD=x'], outcome: 'refused', code: 'NOT_ALLOWED', ms: 0,
    });
    expect(sink.lines()[0]!.argv).toEqual(['docker', 'login', '-u', 'me', '-p', '<redacted>', '-e', 'DB_PASSWORD=<redacted>']);
  });

  it('redacts the argv it hands to the history too', () => {
    const stored: { argv: string[] }[] = [];
    createAuditLog(lineSink(), (entry) => stored.push(entry)).record({
      user: 'U1', channel: 'C1', surface: 'slash', argv: ['docker', 'login', '-p', 'Sup3rSecret-typed'], outcome: 'refused', code: 'NOT_ALLOWED', ms: 0,
    });
    expect(stored[0]!.argv).toEqual(['docker', 'login', '-p', '<redacted>']);
  });
});
