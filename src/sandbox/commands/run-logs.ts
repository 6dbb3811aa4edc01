import { containerFactsSchema } from '../engine/engine-schemas.ts';
import { LogDemuxer, LogText } from '../format/log-collector.ts';
import { neutralizeText } from '../format/neutralize-controls.ts';
import { redactText } from '../format/redact-text.ts';
import { cutOutput } from './cut-output.ts';
import { onEngine } from './engine-error.ts';
import { onlyTarget } from './only-target.ts';
import { readShape } from './read-shape.ts';
import type { Runner } from './run-context.ts';

/**
 * `docker logs [--tail N] [-t] CONTAINER`: both streams in order (raw when the container has a
 * TTY), read piece by piece with only the first lines kept; terminal control sequences are
 * dropped or escaped and secrets redacted before anything is shown.
 */
export const runLogs: Runner = async (engine, command, { limits }) => {
  const name = onlyTarget(command);
  const facts = readShape(containerFactsSchema, await onEngine(() => engine.json(`/containers/${name}/json`), 'container', name), 'container');
  const lines = new LogText(limits);
  const demux = facts.Config?.Tty ? null : new LogDemuxer((payload) => lines.write(payload));
  const query = {
    stdout: true,
    stderr: true,
    follow: false,
    tail: command.flags.tail ?? 'all',
    timestamps: command.flags.timestamps ?? false,
  };
  await onEngine(() => engine.bytes(`/containers/${name}/logs`, query, (chunk) => (demux ? demux.write(chunk) : lines.write(chunk))), 'container', name);
  demux?.end();
  const { text, more } = lines.end();
  return cutOutput(redactText(neutralizeText(text)), more, limits);
};
