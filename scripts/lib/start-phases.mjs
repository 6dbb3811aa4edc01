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
(await import('../../dist/ops/defer-buildkit-session.js')).deferBuildkitSession();
await import('@slack/bolt');
lap('@slack/bolt');
// dockerode is not here: the sandbox loads it with the first command or /readyz probe.
await import('pino');
await import('prom-client');
lap('pino + prom-client');
await import('zod');
lap('zod');
await import('yaml');
lap('yaml');
const { DEFAULT_KNOWLEDGE_DIR } = await import('../../dist/knowledge/load-cards.js');
const { loadMatcherModel } = await import('../../dist/match/load-matcher-model.js');
const { createMatcher } = await import('../../dist/match/create-matcher.js');
const { createCardStore } = await import('../../dist/knowledge/card-store.js');
await import('../../dist/brain.js');
await import('../../dist/slack/create-slack-app.js');
lap('the rest of dist/ (imports)');
// What createBrain does at start-up: the saved model (hash of the knowledge folder checked), which
// carries the validated cards and catalogue, so no card is parsed.
const loaded = loadMatcherModel(DEFAULT_KNOWLEDGE_DIR, () => {
  throw new Error('knowledge/matcher-model.json is stale: run npm run train');
});
lap('read the saved model (hash + JSON)');
const matcher = createMatcher(loaded.model);
createCardStore(loaded.knowledge.cards);
lap('createMatcher + card store');
matcher.match('what is a layer');
lap('first English question');
matcher.match('怎么删除退出的容器');
lap('first Chinese question');
process.stdout.write(JSON.stringify({ ms, heapMb: process.memoryUsage().heapUsed / 1e6 }));
