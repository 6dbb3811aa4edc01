import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { dispatch, type Brain } from '../dispatch.ts';
import { msg } from '../i18n/messages.ts';
import { renderText } from '../render/render-text.ts';

export interface ShellIo {
  input: Readable;
  output: Writable;
  /** Show a prompt (a person at a terminal) or not (lines piped in). */
  interactive: boolean;
}

const EXIT = /^(exit|quit|\/exit|\/quit|bye|離開|离开)$/i;
const SLASH = /^\/docker(\s+|$)/i;

/** A local chat like Hubot's shell adapter: the same Reply a Slack user gets, rendered as text. */
export async function runShell(brain: Brain, io: ShellIo): Promise<void> {
  const rl = createInterface({ input: io.input, output: io.output, terminal: io.interactive });
  const say = (text: string) => io.output.write(`${text}\n`);
  // Ctrl-C at the prompt ends the chat like `exit` (readline would otherwise only pause).
  rl.on('SIGINT', () => rl.close());
  if (io.interactive) {
    say(`Dockhand: ${msg('en', 'shellPrompt')}`);
    rl.setPrompt('dockhand> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim().replace(SLASH, '');
    if (EXIT.test(text)) break;
    const reply = await dispatch({ text, surface: 'shell', user: 'shell', channel: 'shell' }, brain);
    say(`${renderText(reply)}\n`);
    if (io.interactive) rl.prompt();
  }
  rl.close();
}
