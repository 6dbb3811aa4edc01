import type { Report } from '../store/report.ts';

const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

/** `dockhand report`: what an instructor reads in a terminal. Group numbers are what `kb draft` takes. */
export function reportText(r: Report): string {
  const lines: string[] = [];
  lines.push(`Dockhand report since ${new Date(r.since).toISOString()}`);
  lines.push(`${r.questions} questions, ${r.answered} answered with a card (${pct(r.answered, r.questions)})`);
  lines.push(`languages: ${Object.entries(r.languages).map(([l, n]) => `${l} ${n}`).join(', ') || '–'}`);
  lines.push('', 'per day (questions / answered):');
  for (const d of r.days) lines.push(`  ${d.date}  ${String(d.questions).padStart(5)} / ${String(d.answered).padEnd(5)} ${'#'.repeat(Math.min(60, d.questions))}`);
  lines.push('', `unanswered or not in the notes (${r.unanswered.length} groups; \`dockhand kb draft N\` turns group N into a card draft):`);
  r.unanswered.forEach((g, i) => {
    lines.push(`  ${String(i + 1).padStart(3)}. ${String(g.count).padStart(4)}×  ${g.text}${g.topics[0] ? `  [not in the notes: ${g.topics[0]}]` : ''}`);
    for (const m of g.members.slice(1, 4)) lines.push(`              ${m.count}× ${m.text}`);
  });
  lines.push('', 'feedback by card (👍 / 👎, reasons):');
  for (const f of r.feedback) {
    lines.push(`  ${f.card}: 👍 ${f.up} 👎 ${f.down}${f.reasons.length ? ` — ${f.reasons.map((x) => `${x.reason} ${x.count}`).join(', ')}` : ''}`);
    for (const c of f.reasons.flatMap((x) => x.comments.map((text) => `${x.reason}: ${text}`)).slice(0, 5)) lines.push(`      “${c}”`);
  }
  lines.push('', 'most refused commands:');
  for (const x of r.refused) lines.push(`  ${String(x.count).padStart(4)}×  ${x.signature}`);
  return `${lines.join('\n')}\n`;
}
