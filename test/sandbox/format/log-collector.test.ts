import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isDockhandError } from '../../../src/errors.ts';
import { LogDemuxer, LogText } from '../../../src/sandbox/format/log-collector.ts';

function frame(stream: number, payload: Buffer | string): Buffer {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}

/** Demuxes `bytes` cut into pieces at `cuts`, as a socket delivers them. */
function demux(bytes: Buffer, cuts: number[] = [], limits = { rows: 1000, chars: 1_000_000 }): { text: string; more: number } {
  const text = new LogText(limits);
  const d = new LogDemuxer((p) => text.write(p));
  let at = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b)) {
    d.write(bytes.subarray(at, cut));
    at = cut;
  }
  d.write(bytes.subarray(at));
  d.end();
  return text.end();
}

const errorOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return isDockhandError(err, 'ENGINE_BAD_REPLY') ? err.details.problem : String(err);
  }
};

describe('LogDemuxer + LogText', () => {
  it('joins stdout and stderr frames in arrival order, however the bytes are cut', () => {
    const buf = Buffer.concat([frame(1, 'out 1\n'), frame(2, 'err\n'), frame(1, 'out 2\n')]);
    fc.assert(fc.property(fc.array(fc.nat({ max: buf.length }), { maxLength: 8 }), (cuts) => {
      expect(demux(buf, cuts)).toEqual({ text: 'out 1\nerr\nout 2\n', more: 0 });
    }));
  });

  it('keeps a character split across two frames and across two pieces', () => {
    const han = Buffer.from('漢');
    const buf = Buffer.concat([frame(1, han.subarray(0, 2)), frame(1, Buffer.concat([han.subarray(2), Buffer.from('\n')]))]);
    expect(demux(buf, [5, 9, 10]).text).toBe('漢\n');
  });

  it('returns "" for no logs and leaves out the engine error stream', () => {
    expect(demux(Buffer.alloc(0))).toEqual({ text: '', more: 0 });
    expect(demux(Buffer.concat([frame(3, 'engine error'), frame(1, 'ok\n')])).text).toBe('ok\n');
  });

  it('refuses what is not a frame stream, and a stream cut inside a frame, as bad replies', () => {
    expect(errorOf(() => demux(Buffer.from('DB_PASSWORD=x not a frame\n')))).toBe('bad-frames');
    expect(errorOf(() => demux(frame(1, 'hello\n').subarray(0, 11)))).toBe('truncated');
    expect(errorOf(() => demux(Buffer.concat([frame(1, 'ok\n'), Buffer.from([1, 0, 0])])))).toBe('truncated');
  });

  it('keeps the first rows and counts every other line exactly, whatever the cuts', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{0,30}$/), { maxLength: 60 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), fc.integer({ min: 1, max: 10 }), (lines, lastOpen, cuts, rows) => {
        const text = lines.map((l) => `${l}\n`).join('') + (lastOpen ? 'open' : '');
        const buf = Buffer.concat(text ? [frame(1, text)] : []);
        const out = demux(buf, cuts.map((c) => c % (buf.length + 1)), { rows, chars: 100_000 });
        const total = lines.length + (lastOpen ? 1 : 0);
        const kept = out.text.split('\n').length - 1 + (out.text && !out.text.endsWith('\n') ? 1 : 0);
        expect(kept + out.more).toBe(total);
        expect(text.startsWith(out.text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
