import type { Report } from '../store/report.ts';

/** RFC 4180: quoted when it has a comma, quote or line break; a leading =+-@ is neutralised for spreadsheets. */
function cell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * `dockhand report --csv`: one table for a spreadsheet, one row per fact:
 * `section,item,count,up,down,detail` (sections: summary, day, unanswered, feedback, refused, language).
 */
export function reportCsv(r: Report): string {
  const rows: (string | number)[][] = [['section', 'item', 'count', 'up', 'down', 'detail']];
  rows.push(['summary', 'since', '', '', '', new Date(r.since).toISOString()]);
  rows.push(['summary', 'questions', r.questions, '', '', '']);
  rows.push(['summary', 'answered', r.answered, '', '', '']);
  for (const d of r.days) rows.push(['day', d.date, d.questions, '', '', `answered ${d.answered}`]);
  r.unanswered.forEach((g, i) => rows.push(['unanswered', g.text, g.count, '', '', [`group ${i + 1}`, ...g.topics.map((t) => `topic ${t}`)].join('; ')]));
  for (const f of r.feedback) {
    const reasons = f.reasons.map((x) => `${x.reason} ${x.count}${x.comments.length ? `: ${x.comments.join(' | ')}` : ''}`).join('; ');
    rows.push(['feedback', f.card, f.up + f.down, f.up, f.down, reasons]);
  }
  for (const x of r.refused) rows.push(['refused', x.signature, x.count, '', '', '']);
  for (const [lang, n] of Object.entries(r.languages)) rows.push(['language', lang, n, '', '', '']);
  return `${rows.map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}
