import { clusterQuestions } from './cluster-questions.ts';
import type { CardFeedback, Report } from './report.ts';
import type { ReportRows, Store } from './store.ts';

const DAY_MS = 86_400_000;
const MAX_COMMENTS_PER_REASON = 5;
/** Feedback with no card (a tampered or vanished one) is still counted, under this name. */
export const UNKNOWN_CARD = '(unknown card)';

function feedbackByCard(rows: ReportRows): CardFeedback[] {
  const cards = new Map<string, { up: number; down: number; reasons: Map<string, { count: number; comments: string[] }> }>();
  const entry = (card: string | null) => {
    const key = card ?? UNKNOWN_CARD;
    let e = cards.get(key);
    if (!e) cards.set(key, (e = { up: 0, down: 0, reasons: new Map() }));
    return e;
  };
  for (const v of rows.votes) {
    const e = entry(v.card);
    if (v.vote === 'up') e.up += v.count;
    else {
      e.down += v.count;
      if (v.reason) {
        const r = e.reasons.get(v.reason) ?? { count: 0, comments: [] };
        r.count += v.count;
        e.reasons.set(v.reason, r);
      }
    }
  }
  for (const c of rows.comments) {
    const e = entry(c.card);
    const reason = c.reason ?? 'other';
    const r = e.reasons.get(reason) ?? { count: 0, comments: [] };
    if (!e.reasons.has(reason)) e.reasons.set(reason, r);
    if (r.comments.length < MAX_COMMENTS_PER_REASON) r.comments.push(c.comment);
  }
  return [...cards]
    .map(([card, e]) => ({
      card,
      up: e.up,
      down: e.down,
      reasons: [...e.reasons].map(([reason, r]) => ({ reason, count: r.count, comments: r.comments })).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    }))
    .sort((a, b) => b.down - a.down || b.up - a.up || a.card.localeCompare(b.card));
}

/** Every UTC day from `since` to `until`, with zeros where nothing was asked, so a chart has no holes. */
function everyDay(rows: ReportRows, since: number, until: number): Report['days'] {
  const byDay = new Map(rows.days.map((d) => [d.day, d]));
  const days: Report['days'] = [];
  for (let day = Math.floor(since / DAY_MS); day <= Math.floor((until - 1) / DAY_MS); day++) {
    const d = byDay.get(day);
    days.push({ date: new Date(day * DAY_MS).toISOString().slice(0, 10), questions: d?.questions ?? 0, answered: d?.answered ?? 0 });
  }
  return days;
}

/** Builds the instructors' report for [since, until) from the store. */
export async function buildReport(store: Store, since: number, until: number = Date.now()): Promise<Report> {
  const rows = await store.read(since, until);
  return {
    since,
    until,
    questions: rows.days.reduce((n, d) => n + d.questions, 0),
    answered: rows.days.reduce((n, d) => n + d.answered, 0),
    unanswered: clusterQuestions(rows.unanswered),
    feedback: feedbackByCard(rows),
    refused: rows.refused,
    languages: Object.fromEntries(rows.languages.map((l) => [l.lang, l.count])),
    days: everyDay(rows, since, until),
  };
}
