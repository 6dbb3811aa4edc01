import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { keepHeapLean } from '../../src/ops/keep-heap-lean.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

// 40 MB that stays, then garbage that survives a few scavenges before it dies (as a server's
// in-flight requests do): the heap's high-water mark is what the growth factor decides.
const CHURN = `
  const lean = process.argv[1] === 'lean';
  if (lean) (await import('./dist/ops/keep-heap-lean.js')).keepHeapLean();
  const live = []; for (let i = 0; i < 400000; i++) live.push({ i, s: 'x' + i });
  let peak = 0; const keep = [];
  for (let round = 0; round < 3000; round++) {
    const batch = []; for (let j = 0; j < 2000; j++) batch.push({ a: [j, j + 1], s: 'y' + j });
    keep.push(batch); if (keep.length > 20) keep.shift();
    if (round % 50 === 0) peak = Math.max(peak, process.memoryUsage().heapTotal);
  }
  process.stdout.write(String(peak + live.length * 0));
`;

const peakHeap = (variant: string) => {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', CHURN, variant], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return Number(r.stdout);
};

describe('keepHeapLean', () => {
  // One run's peak depends on when the GCs happened to fall: medians of three interleaved pairs.
  it('holds the heap well below what V8 grows it to by default under the same churn', { timeout: 120_000 }, () => {
    const lean: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < 3; i++) {
      lean.push(peakHeap('lean'));
      plain.push(peakHeap('plain'));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1]!;
    expect(median(lean)).toBeLessThan(median(plain) * 0.9);
  });

  it("leaves an operator's own --heap-growing-percent alone", () => {
    expect(keepHeapLean(['--heap-growing-percent=300'])).toBe(false);
  });
});
