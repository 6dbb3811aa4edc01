import { describe, expect, it } from 'vitest';
import { redactInspect } from '../../../src/sandbox/format/redact-inspect.ts';

describe('redactInspect', () => {
  it('hides every Env value, keeps names and entries without "="', () => {
    expect(redactInspect({ Config: { Env: ['A=1', 'EMPTY=', 'INHERITED', 'X=a=b'] } })).toEqual({
      Config: { Env: ['A=<redacted>', 'EMPTY=<redacted>', 'INHERITED', 'X=<redacted>'] },
    });
  });

  it('hides secret-named fields and the value after a secret-named flag', () => {
    const out = redactInspect({
      Labels: { 'com.example.api-token': 'abc', Password: 'x', tier: 'front', secret_count: 3 },
      Args: ['--password', 'hunter2', '--name', 'web'],
    });
    expect(out).toEqual({
      Labels: { 'com.example.api-token': '<redacted>', Password: '<redacted>', tier: 'front', secret_count: 3 },
      Args: ['--password', '<redacted>', '--name', 'web'],
    });
  });

  it('keeps key order, nulls, numbers and empty containers', () => {
    const input = { b: null, a: 1, c: [], d: {}, e: true };
    expect(Object.keys(redactInspect(input) as object)).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(redactInspect(input)).toEqual(input);
  });
});
