import { describe, expect, it } from 'vitest';
import { demuxLogs } from '../../../src/sandbox/format/demux-logs.ts';

function frame(stream: number, payload: Buffer | string): Buffer {
  const body = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
  const header = Buffer.alloc(8);
  header[0] = stream;
  header.writeUInt32BE(body.length, 4);
  return Buffer.concat([header, body]);
}

describe('demuxLogs', () => {
  it('joins stdout and stderr frames in arrival order', () => {
    const buf = Buffer.concat([frame(1, 'out 1\n'), frame(2, 'err\n'), frame(1, 'out 2\n')]);
    expect(demuxLogs(buf)).toBe('out 1\nerr\nout 2\n');
  });

  it('keeps a character split across two frames', () => {
    const han = Buffer.from('漢');
    expect(demuxLogs(Buffer.concat([frame(1, han.subarray(0, 2)), frame(1, Buffer.concat([han.subarray(2), Buffer.from('\n')]))]))).toBe('漢\n');
  });

  it('returns "" for no logs, ignores a truncated header and the engine error stream', () => {
    expect(demuxLogs(Buffer.alloc(0))).toBe('');
    expect(demuxLogs(Buffer.concat([frame(1, 'ok\n'), Buffer.from([1, 0, 0])]))).toBe('ok\n');
    expect(demuxLogs(Buffer.concat([frame(3, 'engine error'), frame(1, 'ok\n')]))).toBe('ok\n');
  });

  it('keeps what arrived of a frame cut short', () => {
    const cut = frame(1, 'hello\n').subarray(0, 11);
    expect(demuxLogs(cut)).toBe('hel');
  });
});
