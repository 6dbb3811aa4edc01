import { describe, expect, it } from 'vitest';
import { buildTopicIndex, nearestTopic } from '../../src/match/topic-index.ts';

const f = (...names: string[]) => new Map(names.map((n) => [n, 1]));

describe('nearest topic', () => {
  const index = buildTopicIndex(new Map([
    ['topic-volumes', [f('w:volume', 'w:persist'), f('w:volume', 'w:mount')]],
    ['topic-compose', [f('w:compose', 'w:yaml')]],
  ]));
  it('finds the catalogue entry whose examples share the most', () => {
    expect(nearestTopic(index, f('w:volume', 'w:data'))).toMatchObject({ id: 'topic-volumes' });
    expect(nearestTopic(index, f('w:compose'))!.similarity).toBeGreaterThan(0.5);
  });
  it('finds nothing for nothing in common', () => {
    expect(nearestTopic(index, f('w:lunch'))).toBeNull();
    expect(nearestTopic(index, new Map())).toBeNull();
  });
});
