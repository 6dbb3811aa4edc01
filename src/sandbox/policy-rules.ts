import { isSecretName } from './format/secret-names.ts';
import { CONTAINER_STATUSES, isImageReference, isPrivatePort } from './policy-values.ts';
import type { CommandFlags, CommandName } from './sandbox-command.ts';

/** How a flag's value is read; booleans take none. */
export type ValueKind = 'int' | 'tail' | 'filter';

export interface FlagRule {
  long: string;
  short?: string;
  key: keyof CommandFlags;
  value?: ValueKind;
}

export interface FilterRule {
  valid: (value: string) => boolean;
  /** What the refusal lists as accepted values (when there is a short list). */
  accepted?: readonly string[];
}

export interface CommandRule {
  name: CommandName;
  flags: FlagRule[];
  /** How many container/image names it takes. */
  targets: [min: number, max: number];
  /**
   * Checks for the arguments after the first name, by position (`port web 80`: the port), with
   * the BAD_ARGS problem to report. A target the check refuses is refused, not looked up.
   */
  values?: { check: (value: string) => boolean; problem: 'bad-port' | 'bad-reference' }[];
  /** Everything after the first name is options for the engine's `ps` (`top web aux`), not flags. */
  psArgs?: boolean;
  /** `-f key=value` keys it accepts, with a check for the value where docker has one. */
  filters?: Record<string, FilterRule>;
}

/** `logs` shows the last 20 lines unless asked, and never more than 200 (Slack shows ~40 anyway). */
export const TAIL_DEFAULT = 20;
export const TAIL_MAX = 200;

const STATUSES = new Set(CONTAINER_STATUSES);
const anyValue: FilterRule = { valid: (v) => v.length > 0 };
const intValue: FilterRule = { valid: (v) => /^-?\d{1,6}$/.test(v) };
// The engine takes exactly these two (`dangling=TRUE` and `=1` are "Invalid filter").
// `label=db.pass=<guess>` would answer whether a guessed secret is right: a secret-named label may
// be filtered on by name only.
const labelValue: FilterRule = {
  valid: (v) => v.length > 0 && !(v.includes('=') && isSecretName(v.slice(0, v.indexOf('=')))),
  accepted: ['NAME', 'NAME=VALUE (not for labels named like secrets)'],
};
const boolValue: FilterRule = { valid: (v) => v === 'true' || v === 'false', accepted: ['true', 'false'] };

const all: FlagRule = { long: 'all', short: 'a', key: 'all' };
const quiet: FlagRule = { long: 'quiet', short: 'q', key: 'quiet' };
const noTrunc: FlagRule = { long: 'no-trunc', key: 'noTrunc' };
const filter: FlagRule = { long: 'filter', short: 'f', key: 'filters', value: 'filter' };

/** The allowlist, by canonical command name (see docker-commands.ts): read-only commands and their flags. */
export const RULES: Record<string, CommandRule> = {
  'container ls': {
    name: 'ps',
    flags: [all, quiet, filter, noTrunc, { long: 'last', short: 'n', key: 'last', value: 'int' },
      { long: 'latest', short: 'l', key: 'latest' }, { long: 'size', short: 's', key: 'size' }],
    targets: [0, 0],
    filters: {
      status: { valid: (v) => STATUSES.has(v), accepted: CONTAINER_STATUSES }, name: anyValue, id: anyValue, label: labelValue, ancestor: anyValue,
      exited: intValue,
    },
  },
  'image ls': {
    name: 'images', flags: [all, quiet, noTrunc, filter], targets: [0, 1], values: [{ check: isImageReference, problem: 'bad-reference' }],
    filters: { dangling: boolValue },
  },
  'image history': { name: 'history', flags: [noTrunc, quiet], targets: [1, 1] },
  version: { name: 'version', flags: [], targets: [0, 0] },
  'system info': { name: 'info', flags: [], targets: [0, 0] },
  inspect: { name: 'inspect', flags: [], targets: [1, 5] },
  'container logs': {
    name: 'logs',
    flags: [{ long: 'tail', short: 'n', key: 'tail', value: 'tail' }, { long: 'timestamps', short: 't', key: 'timestamps' }],
    targets: [1, 1],
  },
  'container top': { name: 'top', flags: [], targets: [1, 1], psArgs: true },
  'container stats': { name: 'stats', flags: [{ long: 'no-stream', key: 'noStream' }], targets: [0, 10] },
  'system df': { name: 'system-df', flags: [], targets: [0, 0] },
  'network ls': { name: 'network-ls', flags: [], targets: [0, 0] },
  'volume ls': { name: 'volume-ls', flags: [], targets: [0, 0] },
  'container port': { name: 'port', flags: [], targets: [1, 2], values: [{ check: () => true, problem: 'bad-port' }, { check: isPrivatePort, problem: 'bad-port' }] },
};

/** Flags that would point docker at another engine, context or credentials: refused by name, anywhere. */
export const ESCAPING_FLAGS = new Set([
  '--host', '-H', '--context', '-c', '--config', '--tls', '--tlsverify', '--tlscacert', '--tlscert', '--tlskey',
  '--debug', '-D', '--log-level', '-l',
]);
