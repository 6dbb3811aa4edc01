import type { Report } from '../../src/store/report.ts';

const DAY = 86_400_000;
export const SINCE = Date.UTC(2026, 10, 24);

/** A week with a quiet day, a busy day, Chinese, an outside-notes group, votes and refusals; and text that must be escaped. */
export function sampleReport(): Report {
  return {
    since: SINCE,
    until: SINCE + 3 * DAY,
    questions: 14,
    answered: 9,
    unanswered: [
      { text: 'how do I mount a host folder', count: 3, members: [{ text: 'how do I mount a host folder', lang: 'en', count: 2 }, { text: 'mount host folder', lang: 'en', count: 1 }], topics: ['bind-mounts'] },
      { text: '<script>alert(1)</script> & "quotes"', count: 1, members: [{ text: '<script>alert(1)</script> & "quotes"', lang: 'en', count: 1 }], topics: [] },
      { text: '怎麼掛載資料夾', count: 1, members: [{ text: '怎麼掛載資料夾', lang: 'zh-TW', count: 1 }], topics: [] },
    ],
    feedback: [{ card: 'namespaces', up: 3, down: 2, reasons: [{ reason: 'wrong-facts', count: 1, comments: ['ipc is missing'] }, { reason: 'unclear', count: 1, comments: [] }] }],
    refused: [{ signature: 'docker container run -i -t', count: 5 }, { signature: 'docker container rm -f', count: 2 }],
    languages: { en: 10, 'zh-TW': 4 },
    days: [
      { date: '2026-11-24', questions: 4, answered: 3 },
      { date: '2026-11-25', questions: 0, answered: 0 },
      { date: '2026-11-26', questions: 10, answered: 6 },
    ],
  };
}
