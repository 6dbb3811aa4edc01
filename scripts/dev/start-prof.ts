const t0 = performance.now();
const { createBrain } = await import('../../src/brain.ts');
const t1 = performance.now();
const b = createBrain();
const t2 = performance.now();
b.matcher.match('what is a layer');
console.log('import', (t1 - t0).toFixed(0), 'createBrain', (t2 - t1).toFixed(0), 'first match', (performance.now() - t2).toFixed(1));
