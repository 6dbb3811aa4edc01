import type { Readable, Writable } from 'node:stream';
import { dispatch, type Brain } from '../dispatch.ts';
import { renderJson } from '../render/render-json.ts';
import { renderText } from '../render/render-text.ts';
import { readLines } from './read-lines.ts';

export interface AskIo {
  stdin: Readable;
  stdout: Writable;
}

type Format = 'text' | 'json' | 'jsonl';

function parseAskArgs(args: string[]): { format: Format; text: string } {
  let format: Format = 'text';
  const words: string[] = [];
  for (const arg of args) {
    if (arg === '--json') format = 'json';
    else if (arg === '--jsonl') format = 'jsonl';
    else words.push(arg);
  }
  return { format, text: words.join(' ') };
}

async function answer(brain: Brain, text: string) {
  return dispatch({ text, surface: 'cli', user: 'cli', channel: 'cli' }, brain);
}

/** `dockhand ask [--json|--jsonl] <text>`: one reply, or one JSON object per stdin line. */
export async function askCommand(brain: Brain, args: string[], io: AskIo): Promise<number> {
  const { format, text } = parseAskArgs(args);
  if (format === 'jsonl') {
    for await (const line of readLines(io.stdin)) {
      io.stdout.write(`${JSON.stringify(renderJson(await answer(brain, line)))}\n`);
    }
    return 0;
  }
  const reply = await answer(brain, text);
  io.stdout.write(format === 'json' ? `${JSON.stringify(renderJson(reply))}\n` : `${renderText(reply)}\n`);
  return 0;
}
