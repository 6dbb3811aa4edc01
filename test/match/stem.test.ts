import { describe, expect, it } from 'vitest';
import { stem } from '../../src/match/stem.ts';

describe('stem', () => {
  it('folds plurals', () => {
    expect(stem('containers')).toBe('container');
    expect(stem('namespaces')).toBe('namespace');
    expect(stem('dependencies')).toBe('dependency');
    expect(stem('processes')).toBe('process');
  });
  it('leaves words that only look plural', () => {
    for (const w of ['status', 'process', 'alias', 'ps', 'ls', 'kudos']) expect(stem(w)).toBe(w);
  });
  it('never touches flags, filters or tags', () => {
    for (const w of ['-aq', 'status=exited', 'ubuntu:14.04', '--names']) expect(stem(w)).toBe(w);
  });
});
