import type { Report } from '../store/report.ts';

const esc = (s: string | number) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const pct = (part: number, whole: number) => (whole === 0 ? '–' : `${Math.round((100 * part) / whole)}%`);

const CSS = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK TC",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1b1f24}
h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
.muted{color:#57606a}.numbers{display:flex;gap:2rem;margin:1rem 0}.numbers div{font-size:.9rem;color:#57606a}
.numbers b{display:block;font-size:1.8rem;color:#1b1f24}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #eaeef2;vertical-align:top}td.n{text-align:right;font-variant-numeric:tabular-nums;width:4rem}
code{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}.bar-questions{fill:#b6d3f5}.bar-answered{fill:#1d63ed}
.legend span{display:inline-block;width:.8rem;height:.8rem;margin:0 .3rem 0 1rem;vertical-align:-.1rem}svg text{font-size:11px;fill:#57606a}
`;

function chart(r: Report): string {
  const max = Math.max(1, ...r.days.map((d) => d.questions));
  const bar = 28;
  const gap = 14;
  const top = 24;
  const plot = 160;
  const left = 36;
  const width = left + r.days.length * (bar + gap) + gap;
  const y = (n: number) => top + plot - (plot * n) / max;
  const bars = r.days.map((d, i) => {
    const x = left + gap + i * (bar + gap);
    const label = `${d.date}: ${d.questions} questions, ${d.answered} answered`;
    return [
      `<g class="day" data-date="${esc(d.date)}" data-questions="${d.questions}" data-answered="${d.answered}"><title>${esc(label)}</title>`,
      `<rect class="bar-questions" x="${x}" y="${y(d.questions).toFixed(1)}" width="${bar}" height="${(top + plot - y(d.questions)).toFixed(1)}"/>`,
      `<rect class="bar-answered" x="${x + 6}" y="${y(d.answered).toFixed(1)}" width="${bar - 12}" height="${(top + plot - y(d.answered)).toFixed(1)}"/>`,
      `<text class="share" x="${x + bar / 2}" y="${(y(d.questions) - 6).toFixed(1)}" text-anchor="middle">${pct(d.answered, d.questions)}</text>`,
      `<text x="${x + bar / 2}" y="${top + plot + 16}" text-anchor="middle">${esc(d.date.slice(5))}</text></g>`,
    ].join('');
  });
  return [
    `<svg role="img" aria-label="Questions and answered share per day" width="${width}" height="${top + plot + 28}" viewBox="0 0 ${width} ${top + plot + 28}">`,
    `<line x1="${left}" y1="${top + plot}" x2="${width}" y2="${top + plot}" stroke="#d0d7de"/>`,
    `<text x="${left - 6}" y="${top + 4}" text-anchor="end">${max}</text><text x="${left - 6}" y="${top + plot}" text-anchor="end">0</text>`,
    ...bars,
    '</svg>',
    '<p class="legend muted"><span style="background:#b6d3f5"></span>questions<span style="background:#1d63ed"></span>answered with a card · the percentage is the answered share</p>',
  ].join('\n');
}

function table(head: string[], rows: string[][], empty: string): string {
  if (rows.length === 0) return `<p class="muted">${esc(empty)}</p>`;
  return `<table><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
    .map((row) => `<tr>${row.join('')}</tr>`)
    .join('')}</tbody></table>`;
}
const td = (s: string | number, numeric = false) => `<td${numeric ? ' class="n"' : ''}>${esc(s)}</td>`;

/**
 * `dockhand report --html`: one self-contained page (inline CSS and SVG, no scripts, and a
 * Content-Security-Policy that forbids fetching anything), so it can be mailed or opened offline.
 */
export function reportHtml(r: Report): string {
  const unanswered = r.unanswered.map((g, i) => [
    td(i + 1, true),
    td(g.count, true),
    `<td>${esc(g.text)}${g.members.length > 1 ? `<div class="muted">${g.members.slice(1, 4).map((m) => `${esc(m.count)}× ${esc(m.text)}`).join('<br>')}</div>` : ''}</td>`,
    td(g.topics.join(', ')),
  ]);
  const feedback = r.feedback.map((f) => [
    `<td><code>${esc(f.card)}</code></td>`,
    td(f.up, true),
    td(f.down, true),
    `<td>${f.reasons.map((x) => `${esc(x.reason)} ${esc(x.count)}${x.comments.map((c) => `<div class="muted">“${esc(c)}”</div>`).join('')}`).join('<br>')}</td>`,
  ]);
  const refused = r.refused.map((x) => [td(x.count, true), `<td><code>${esc(x.signature)}</code></td>`]);
  const languages = Object.entries(r.languages).map(([lang, n]) => [td(lang), td(n, true)]);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dockhand report since ${esc(new Date(r.since).toISOString().slice(0, 10))}</title>
<style>${CSS}</style></head><body>
<h1>Dockhand: what learners asked</h1>
<p class="muted">From ${esc(new Date(r.since).toISOString().replace('T', ' ').slice(0, 16))} to ${esc(new Date(r.until).toISOString().replace('T', ' ').slice(0, 16))} UTC</p>
<div class="numbers">
<div id="questions"><b>${r.questions}</b>questions</div>
<div id="answered"><b>${r.answered}</b>answered with a card</div>
<div id="share"><b>${pct(r.answered, r.questions)}</b>answered share</div>
<div id="gaps"><b>${r.unanswered.length}</b>unanswered groups</div>
</div>
<h2>Questions per day</h2>
${chart(r)}
<h2>Unanswered or not in the notes</h2>
<p class="muted"><code>dockhand kb draft N</code> turns group N into a card draft.</p>
${table(['#', 'count', 'question (and similar wordings)', 'catalogue topic'], unanswered, 'None: every question got a card.')}
<h2>Feedback by card</h2>
${table(['card', 'up', 'down', 'reasons and comments'], feedback, 'No votes yet.')}
<h2>Most refused commands</h2>
<p class="muted">Verb, subcommand and flags only: values are never recorded.</p>
${table(['count', 'command'], refused, 'None.')}
<h2>Languages</h2>
${table(['language', 'questions'], languages, 'No questions yet.')}
</body></html>
`;
}
