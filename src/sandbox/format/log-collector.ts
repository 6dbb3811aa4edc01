import { StringDecoder } from 'node:string_decoder';
import { DockhandError } from '../../errors.ts';
import type { OutputLimits } from '../output-limits.ts';

/** Kept beyond the character budget, so a secret that crosses the cut is still recognised whole. */
const REDACTION_MARGIN = 8192;

/**
 * The text of a log reply, read piece by piece: the first `rows` lines (and about `chars`
 * characters) kept, every later line only counted, so a log of any size costs the memory of
 * what is shown.
 */
export class LogText {
  private readonly decoder = new StringDecoder('utf8');
  private kept = '';
  private lines = 0;
  private full = false;
  // What was not kept: its newlines, whether it is empty, whether it ends with one.
  private restNewlines = 0;
  private restEmpty = true;
  private restEndsLine = true;
  /** The cut fell inside a line: its continuation in the rest is not a line of its own. */
  private midLine = false;

  constructor(private readonly limits: OutputLimits) {}

  write(bytes: Buffer): void {
    if (bytes.length === 0) return;
    if (this.full) {
      for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) this.restNewlines++;
      this.restEmpty = false;
      this.restEndsLine = bytes[bytes.length - 1] === 0x0a;
      return;
    }
    const text = this.decoder.write(bytes);
    const budget = this.limits.chars + REDACTION_MARGIN;
    let from = 0;
    while (from < text.length) {
      if (this.lines >= this.limits.rows) return this.stop(text, from, false);
      const nl = text.indexOf('\n', from);
      const end = nl < 0 ? text.length : nl + 1;
      if (this.kept.length + (end - from) > budget) {
        if (this.kept.length > 0 && this.kept.endsWith('\n')) return this.stop(text, from, false);
        const room = budget - this.kept.length;
        this.kept += text.slice(from, from + room);
        return this.stop(text, from + room, true);
      }
      this.kept += text.slice(from, end);
      if (nl >= 0) this.lines++;
      from = end;
    }
  }

  private stop(text: string, from: number, midLine: boolean): void {
    this.full = true;
    this.midLine = midLine;
    const rest = text.slice(from);
    if (rest.length === 0) return;
    this.restNewlines += countNewlines(rest, 0);
    this.restEmpty = false;
    this.restEndsLine = rest.endsWith('\n');
  }

  end(): { text: string; more: number } {
    if (!this.full) this.kept += this.decoder.end();
    if (this.restEmpty) return { text: this.kept, more: 0 };
    const more = this.restNewlines + (this.restEndsLine ? 0 : 1) - (this.midLine ? 1 : 0);
    return { text: this.kept, more: Math.max(0, more) };
  }
}

const countNewlines = (text: string, from: number): number => {
  let n = 0;
  for (let at = text.indexOf('\n', from); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return n;
};

/**
 * Without a TTY the engine multiplexes stdout and stderr into frames: one byte for the stream,
 * three zero bytes, a big-endian uint32 length, then the payload (moby stdcopy). Read piece by
 * piece: payloads of stdout and stderr go to `sink` in arrival order (as a terminal shows `docker
 * logs` with both streams); stream 3 carries the engine's own error text, which the CLI reports
 * as an error, not output. A header that is not one is a reply that cannot be read.
 */
export class LogDemuxer {
  private readonly header = Buffer.alloc(8);
  private headerBytes = 0;
  private remaining = 0;
  private stream = 0;

  constructor(private readonly sink: (payload: Buffer) => void) {}

  write(chunk: Buffer): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, chunk.length - i);
        if (this.stream <= 2) this.sink(chunk.subarray(i, i + take));
        this.remaining -= take;
        i += take;
        continue;
      }
      const take = Math.min(8 - this.headerBytes, chunk.length - i);
      chunk.copy(this.header, this.headerBytes, i, i + take);
      this.headerBytes += take;
      i += take;
      if (this.headerBytes < 8) return;
      this.headerBytes = 0;
      this.stream = this.header[0] as number;
      if (this.stream > 3 || this.header[1] !== 0 || this.header[2] !== 0 || this.header[3] !== 0) {
        throw new DockhandError('ENGINE_BAD_REPLY', `the log stream has a frame header that is not one (stream byte ${this.stream})`, { problem: 'bad-frames' });
      }
      this.remaining = this.header.readUInt32BE(4);
    }
  }

  end(): void {
    if (this.headerBytes !== 0 || this.remaining !== 0) {
      throw new DockhandError('ENGINE_BAD_REPLY', 'the log stream stopped inside a frame', { problem: 'truncated' });
    }
  }
}
