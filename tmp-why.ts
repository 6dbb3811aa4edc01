import { readdirSync, readFileSync } from 'node:fs';
import { parseCard } from './src/knowledge/parse-card.ts';
import { buildMatchIndex } from './src/match/match-index.ts';
import { questionWords, rankCards } from './src/match/rank-cards.ts';
const dir = 'knowledge/';
const cards = readdirSync(dir).filter((f) => f.endsWith('.md') && f !== 'README.md').sort().map((f) => parseCard(dir + f, readFileSync(dir + f, 'utf8')));
const index = buildMatchIndex(cards);
for (const q of process.argv.slice(2)) {
  const words = questionWords(q, index);
  const r = rankCards(q, index);
  console.log(q, '→', words.map((w) => `${w}${index.idf.has(w) ? ':' + index.idf.get(w)!.toFixed(2) : '?'}`).join(' '), 'cov', r.coverage.toFixed(2));
  const known = words.filter((w) => index.idf.has(w));
  const hits = index.fuse.search(known.join(' ')).sort((a, b) => a.score! - b.score!).slice(0, 8);
  for (const h of hits) console.log('    rec', index.cardIds[h.item.card], h.item.weight, h.score!.toFixed(3), '|', h.item.text.slice(0, 80));
  for (const x of r.ranked.slice(0, 4)) console.log('   ', index.cardIds[x.card], x.quality.toFixed(3));
}
