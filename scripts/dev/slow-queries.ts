// Dev: which messages are slowest to match, and where the time goes (run with --cpu-prof).
import { createBrain, loadKnowledge } from '../../src/brain.ts';
const b = createBrain();
const qs = loadKnowledge().examples.map((e) => e.text);
for (const q of qs.slice(0, 100)) b.matcher.match(q);
const times = qs.map((q) => { const t = performance.now(); for (let i = 0; i < 5; i++) b.matcher.match(q); return [(performance.now() - t) / 5, q] as const; });
times.sort((a, b) => b[0] - a[0]);
for (const [t, q] of times.slice(0, 8)) console.log(t.toFixed(2), q.length, JSON.stringify(q.slice(0, 80)));
