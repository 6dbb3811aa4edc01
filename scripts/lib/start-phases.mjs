/**
 * Where Dockhand's start-up goes, phase by phase, in the order the server pays for it (each import
 * after the first reuses what earlier ones loaded). Run by `bench:start` in a fresh `node`; prints
 * one JSON object of milliseconds and the heap after all of it.
 */
const ms = {};
let t = performance.now();
const lap = (name) => {
  const now = performance.now();
  ms[name] = now - t;
  t = now;
};
(await import('../../dist/ops/defer-ssh2.js')).deferSsh2();
await import('@slack/bolt');
lap('@slack/bolt');
await import('dockerode');
lap('dockerode (ssh2 deferred)');
await import('pino');
await import('prom-client');
lap('pino + prom-client');
await import('zod');
lap('zod');
await import('yaml');
lap('yaml');
const { loadCards, DEFAULT_KNOWLEDGE_DIR } = await import('../../dist/knowledge/load-cards.js');
const { loadCatalogue } = await import('../../dist/knowledge/load-catalogue.js');
const { createMatcher } = await import('../../dist/match/create-matcher.js');
await import('../../dist/brain.js');
await import('../../dist/slack/create-slack-app.js');
lap('the rest of dist/ (imports)');
const cards = loadCards(DEFAULT_KNOWLEDGE_DIR);
const catalogue = loadCatalogue(DEFAULT_KNOWLEDGE_DIR, new Set(cards.map((c) => c.id)));
lap('load and validate cards + catalogue');
const matcher = createMatcher(cards, catalogue);
lap('createMatcher');
matcher.match('what is a layer');
lap('first English question');
matcher.match('怎么删除退出的容器');
lap('first Chinese question');
process.stdout.write(JSON.stringify({ ms, heapMb: process.memoryUsage().heapUsed / 1e6 }));
