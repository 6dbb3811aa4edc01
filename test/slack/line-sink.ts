import { Writable } from 'node:stream';

/** A stream that collects JSON log lines (pino's output) for assertions. */
export function lineSink(): Writable & { lines: () => Record<string, unknown>[] } {
  let text = '';
  const sink = new Writable({
    write(chunk, _enc, done) {
      text += String(chunk);
      done();
    },
  }) as Writable & { lines: () => Record<string, unknown>[] };
  sink.lines = () => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  return sink;
}
