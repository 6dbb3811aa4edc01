import { DockhandError } from '../../errors.ts';
import { containerFactsSchema } from '../engine/engine-schemas.ts';
import { cleanCell } from '../format/clean-text.ts';
import { formatPort } from '../format/format-port.ts';
import { PRIVATE_PORT } from '../policy-values.ts';
import { onEngine } from './engine-error.ts';
import { onlyTarget } from './only-target.ts';
import { readShape } from './read-shape.ts';
import type { Runner } from './run-context.ts';

/** `docker port CONTAINER [PRIVATE_PORT[/PROTO]]` (the port, if any, is the second target). */
export const runPort: Runner = async (engine, command) => {
  const name = onlyTarget(command);
  const privatePort = command.targets[1];
  if (privatePort !== undefined && !PRIVATE_PORT.test(privatePort)) {
    throw new DockhandError('BAD_ARGS', `Error: invalid port (${privatePort.split('/')[0]})`, { problem: 'bad-port', value: privatePort, command: 'port' });
  }
  const facts = readShape(containerFactsSchema, await onEngine(() => engine.json(`/containers/${name}/json`), 'container', name), 'container');
  const out = formatPort(facts.NetworkSettings?.Ports, privatePort);
  if (out === null) throw new DockhandError('NOT_FOUND', `Error: No public port '${privatePort}' published for ${cleanCell(name)}`, { kind: 'port' });
  return { text: out, more: 0 };
};
