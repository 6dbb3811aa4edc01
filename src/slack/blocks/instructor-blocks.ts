import type { Report } from '../../store/report.ts';
import { context, header, sections } from './elements.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import type { Block } from './slack-limits.ts';

export interface InstructorHome {
  /** Null when the history could not be read (the database is down). */
  report: Report | null;
  days: number;
  /** False with RECORDING=off. */
  recording: boolean;
}

const MAX_GROUPS = 10;
const MAX_CARDS = 8;
const MAX_REFUSED = 8;
const REASON_NAMES: Record<string, string> = { 'wrong-card': 'wrong card', 'wrong-facts': 'wrong facts', unclear: 'unclear', other: 'other' };

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);
const oneLine = (text: string, max = 150) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return escapeMrkdwn(flat.length > max ? `${flat.slice(0, max - 1)}…` : flat);
};

function summary(r: Report, days: number): string {
  const langs = Object.entries(r.languages).map(([lang, n]) => `${escapeMrkdwn(lang)} ${n}`).join(' · ') || '–';
  return `*${r.questions} questions* in the last ${days} days · ${r.answered} answered with a card (${pct(r.answered, r.questions)})\nLanguages · 語言: ${langs}`;
}

function gaps(r: Report): string {
  if (r.unanswered.length === 0) return '*Unanswered or not in the notes · 沒有答到的問題*\nNone: every question got a card. 🎉';
  const lines = r.unanswered.slice(0, MAX_GROUPS).map((g, i) => {
    const topic = g.topics[0] ? ` _(not in the notes: ${escapeMrkdwn(g.topics[0])})_` : '';
    const more = g.members.length > 1 ? ` (+${g.members.length - 1} similar)` : '';
    return `${i + 1}. *${g.count}×* ${oneLine(g.text)}${more}${topic}`;
  });
  const rest = r.unanswered.length > MAX_GROUPS ? `\n…and ${r.unanswered.length - MAX_GROUPS} more groups` : '';
  return `*Unanswered or not in the notes · 沒有答到的問題* (${r.unanswered.length} groups)\n${lines.join('\n')}${rest}`;
}

function feedback(r: Report): string {
  const voted = r.feedback.slice(0, MAX_CARDS);
  if (voted.length === 0) return '*Feedback by card · 各卡片的回饋*\nNo 👍/👎 yet.';
  const lines = voted.map((f) => {
    const reasons = f.reasons.filter((x) => x.count > 0).map((x) => `${REASON_NAMES[x.reason] ?? escapeMrkdwn(x.reason)} ${x.count}`).join(', ');
    const quotes = f.reasons.flatMap((x) => x.comments).slice(0, 2).map((c) => `\n> ${oneLine(c, 200)}`).join('');
    return `• \`${escapeMrkdwn(f.card)}\` 👍 ${f.up} 👎 ${f.down}${reasons ? ` — ${reasons}` : ''}${quotes}`;
  });
  return `*Feedback by card · 各卡片的回饋*\n${lines.join('\n')}`;
}

function refused(r: Report): string {
  if (r.refused.length === 0) return '*Most refused commands · 最常被拒絕的指令*\nNone.';
  const lines = r.refused.slice(0, MAX_REFUSED).map((x) => `• *${x.count}×* \`${escapeMrkdwn(x.signature)}\``);
  return `*Most refused commands · 最常被拒絕的指令* (flags only, never values)\n${lines.join('\n')}`;
}

/** The Instructor section of App Home: what learners asked, what went unanswered, what they tried. */
export function instructorBlocks({ report, days, recording }: InstructorHome): Block[] {
  const head = header(`Instructor · 講師 (last ${days} days)`);
  if (!recording) return [head, ...sections('Recording is off (`RECORDING=off`), so there is nothing to show. Unset it to keep questions, votes and sandbox runs for instructors.', 1)];
  if (!report) return [head, ...sections("The history isn't reachable right now (the database is down). Questions are still answered, and recording resumes by itself when it is back.", 1)];
  return [
    head,
    ...sections(summary(report, days), 1),
    ...sections(gaps(report), 2),
    context('Turn group N into a card draft: `dockhand kb draft N` · the full report: `dockhand report --html`'),
    ...sections(feedback(report), 2),
    ...sections(refused(report), 1),
  ];
}
