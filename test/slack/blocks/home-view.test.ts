import { describe, expect, it } from 'vitest';
import { loadCards } from '../../../src/knowledge/load-cards.ts';
import { homeView } from '../../../src/slack/blocks/home-view.ts';
import { LIMITS, slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';
import { makeCard } from '../../helpers.ts';

const cards = [
  makeCard({ id: 'prune', section: 'containers', title: { en: 'Prune', zh: '清理' } }),
  makeCard({ id: 'ns', section: 'architecture', title: { en: 'Namespaces', zh: '命名空間' }, questions: { en: ['what are namespaces'], zh: ['什麼是 namespace'] } }),
];
const text = (v: ReturnType<typeof homeView>) => JSON.stringify(v.blocks);

describe('homeView', () => {
  it('groups the topic index by the notes sections, in the notes order', () => {
    const t = text(homeView({ cards, status: null }));
    expect(t.indexOf('Docker architecture')).toBeLessThan(t.indexOf('Containers · 認識 Container'));
    expect(t.indexOf('Namespaces · 命名空間')).toBeLessThan(t.indexOf('Prune · 清理'));
    expect(t).not.toContain('Making a base image');
  });

  it('shows example questions from the cards', () => {
    const t = text(homeView({ cards, status: null }));
    expect(t).toContain('`/docker how do I remove exited containers`');
    expect(t).toContain('`/docker 什麼是 namespace`');
  });

  it('shows the sandbox status: reachable with version and counts, unreachable, or none', () => {
    const up = text(homeView({ cards, status: { reachable: true, engineVersion: '27.5.1', containers: 4, running: 1 } }));
    expect(up).toContain('Reachable');
    expect(up).toContain('Docker Engine 27.5.1');
    expect(up).toContain('4 containers');
    expect(up).toContain('(1 running');
    expect(text(homeView({ cards, status: { reachable: false, engineVersion: null, containers: null, running: null } }))).toContain("isn't reachable");
    expect(text(homeView({ cards, status: null }))).toContain('No sandbox is configured');
  });

  it('is a home view inside the App Home limits, for the real cards and for many cards', () => {
    const real = homeView({ cards: loadCards(), status: null });
    expect(real.type).toBe('home');
    expect(slackLimitViolations(real.blocks, LIMITS.homeBlocks)).toEqual([]);
    const many = Array.from({ length: 500 }, (_, i) => makeCard({ id: `c-${i}`, title: { en: 'T'.repeat(80), zh: '題'.repeat(40) } }));
    expect(slackLimitViolations(homeView({ cards: many, status: null }).blocks, LIMITS.homeBlocks)).toEqual([]);
  });

  it('still renders with no cards', () => {
    expect(slackLimitViolations(homeView({ cards: [], status: null }).blocks, LIMITS.homeBlocks)).toEqual([]);
  });
});
