import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/slack/blocks/home-view.ts';
import { instructorBlocks } from '../../../src/slack/blocks/instructor-blocks.ts';
import { LIMITS, slackLimitViolations } from '../../../src/slack/blocks/slack-limits.ts';
import { loadCards } from '../../../src/knowledge/load-cards.ts';
import type { Report } from '../../../src/store/report.ts';
import { sampleReport } from '../../render/report-fixture.ts';

const text = (blocks: unknown) => JSON.stringify(blocks);

describe('instructorBlocks', () => {
  it('shows the week: questions and answered share, gap groups with counts, 👎 reasons per card, refused commands, languages', () => {
    const t = text(instructorBlocks({ report: sampleReport(), days: 7, recording: true }));
    expect(t).toContain('Instructor · 講師 (last 7 days)');
    expect(t).toContain('*14 questions* in the last 7 days · 9 answered with a card (64%)');
    expect(t).toContain('Languages · 語言: en 10 · zh-TW 4');
    expect(t).toContain('1. *3×* how do I mount a host folder (+1 similar) _(not in the notes: bind-mounts)_');
    expect(t).toContain('`namespaces` 👍 3 👎 2 — wrong facts 1, unclear 1');
    expect(t).toContain('> ipc is missing');
    expect(t).toContain('*5×* `docker container run -i -t`');
    expect(t).toContain('dockhand kb draft N');
  });

  it('escapes what learners typed', () => {
    const t = text(instructorBlocks({ report: sampleReport(), days: 7, recording: true }));
    expect(t).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp;');
    expect(t).not.toContain('<script>');
  });

  it('says so when recording is off or the database is down, and when nothing happened', () => {
    expect(text(instructorBlocks({ report: null, days: 7, recording: false }))).toContain('Recording is off');
    expect(text(instructorBlocks({ report: null, days: 7, recording: true }))).toContain("isn't reachable right now");
    const empty: Report = { ...sampleReport(), questions: 0, answered: 0, unanswered: [], feedback: [], refused: [], languages: {} };
    const t = text(instructorBlocks({ report: empty, days: 7, recording: true }));
    expect(t).toContain('*0 questions*');
    expect(t).toContain('None: every question got a card.');
    expect(t).toContain('No 👍/👎 yet.');
  });

  it('fits App Home with the real cards even with hundreds of groups, cards and commands', () => {
    const huge: Report = {
      ...sampleReport(),
      unanswered: Array.from({ length: 500 }, (_, i) => ({ text: `question ${i} ${'x'.repeat(400)}`, count: 500 - i, members: [], topics: [] })),
      feedback: Array.from({ length: 200 }, (_, i) => ({ card: `card-${i}`, up: i, down: i, reasons: [{ reason: 'other', count: i, comments: ['c'.repeat(900)] }] })),
      refused: Array.from({ length: 300 }, (_, i) => ({ signature: `docker x${i} ${'-a '.repeat(30)}`, count: 1 })),
    };
    const view = homeView({ cards: loadCards(), status: null, instructor: { report: huge, days: 7, recording: true } });
    expect(slackLimitViolations(view.blocks, LIMITS.homeBlocks)).toEqual([]);
    expect(text(view.blocks)).toContain('…and 490 more groups');
  });

  it('is shown only when asked for: a learner\'s Home has no Instructor section', () => {
    expect(text(homeView({ cards: loadCards(), status: null }).blocks)).not.toContain('Instructor');
  });
});
