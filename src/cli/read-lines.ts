import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';

/** Lines of a stream, without their line endings. */
export async function* readLines(input: Readable): AsyncGenerator<string> {
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  yield* rl;
}
