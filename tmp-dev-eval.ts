import { readdirSync, readFileSync } from 'node:fs';
import { parseCard } from './src/knowledge/parse-card.ts';
import { passRates, readQuestions, scoreQuestions } from './scripts/eval-lib.ts';
import { createFuseDefaultMatcher } from './src/match/baselines/fuse-default-matcher.ts';
import { createMiniSearchMatcher } from './src/match/baselines/minisearch-matcher.ts';
const dir = 'knowledge/';
const cards = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => parseCard(dir + f, readFileSync(dir + f, 'utf8')));
const ids = new Set(cards.map((c) => c.id));
for (const c of cards) c.related = c.related.filter((r) => ids.has(r));
console.log('cards', cards.length);
for (const file of process.argv.slice(2)) {
  const qs = readQuestions(file);
  const v = await scoreQuestions(qs, cards);
  const show = (m: Map<string, any>) => [...m].map(([k, s]) => `${k}:${s.pass}/${s.total}`).join(' ');
  console.log(file, '\n D', show(passRates(v)));
  console.log(' F', show(passRates(await scoreQuestions(qs, cards, createFuseDefaultMatcher))));
  console.log(' M', show(passRates(await scoreQuestions(qs, cards, createMiniSearchMatcher))));
  for (const { question, reply } of v.filter((x) => !x.pass)) {
    const got = reply.kind === 'answer' ? reply.card?.id : reply.kind === 'suggestions' ? `suggest ${reply.suggestions.map((s) => s.id).join(',')}` : reply.kind;
    console.log(`  [${question.kind}] ${question.q} → ${got} (${reply.score ?? '-'}) ${JSON.stringify(question.all ?? '')}`);
  }
}
