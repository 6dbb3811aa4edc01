import { describe, expect, it } from 'vitest';
import { psQuery } from '../../../src/sandbox/commands/run-ps.ts';

describe('psQuery (the list query the CLI sends)', () => {
  it('asks for running containers without size by default', () => {
    expect(psQuery({})).toEqual({ all: false, size: false });
  });

  it('turns -n N and -l into a limit, -n winning', () => {
    expect(psQuery({ last: 3 })).toMatchObject({ limit: 3 });
    expect(psQuery({ latest: true })).toMatchObject({ limit: 1 });
    expect(psQuery({ latest: true, last: 4 })).toMatchObject({ limit: 4 });
    expect(psQuery({ last: 0 })).not.toHaveProperty('limit');
  });

  it('passes -a, -s and non-empty filters through', () => {
    expect(psQuery({ all: true, size: true, filters: { status: ['exited'] } })).toEqual({
      all: true,
      size: true,
      filters: { status: ['exited'] },
    });
    expect(psQuery({ filters: {} })).not.toHaveProperty('filters');
  });
});
