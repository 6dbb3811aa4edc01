/*
 * Value checks for the arguments the policy lets through beyond names. Each pattern is anchored
 * and linear (no nested or adjacent overlapping quantifiers), and inputs are short (≤ 200 chars).
 */

/** `docker port CONTAINER PRIVATE_PORT[/PROTO]`. */
export const PRIVATE_PORT = /^\d{1,5}(?:\/(?:tcp|udp|sctp))?$/;

export const isPrivatePort = (v: string): boolean => PRIVATE_PORT.test(v) && Number(v.split('/')[0]) <= 65535;

/** `docker images [REPOSITORY[:TAG]]`: an optional registry host[:port]/, a path, an optional tag. */
const REFERENCE = /^(?:[a-z0-9][a-z0-9.-]*(?::\d{1,5})?\/)?[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?$/;

export const isImageReference = (v: string): boolean => v.length <= 200 && REFERENCE.test(v) && !v.includes('//') && !v.includes('..');

/**
 * `ps` columns `docker top CONTAINER -o …` may ask for. Nothing that prints a process's
 * environment (`environ`, BSD `e`) or renames columns (`pid=X`): env is where secrets live.
 */
const PS_FIELDS = new Set([
  'pid', 'ppid', 'pgid', 'sid', 'uid', 'user', 'euser', 'ruser', 'gid', 'group', 'comm', 'args', 'cmd', 'command', 'ucmd',
  '%cpu', 'pcpu', 'c', '%mem', 'pmem', 'rss', 'rssize', 'vsz', 'vsize', 'sz', 'stat', 'state', 's', 'start', 'start_time', 'stime',
  'lstart', 'bsdstart', 'time', 'cputime', 'etime', 'etimes', 'tty', 'tt', 'tname', 'ni', 'nice', 'pri', 'psr', 'nlwp', 'wchan', 'f', 'flags',
]);

const BSD_OPTIONS = /^[auxfjlsvwr]{1,6}$/;
const UNIX_OPTIONS = /^-[eAaFfHjlwyT]{1,6}$/;
const FORMAT_FLAGS = new Set(['-o', '-eo', '-Ao', 'o', '--format']);

/**
 * `docker top CONTAINER [ps OPTIONS]`: the options ps runs with on the sandbox host, from an
 * allowlist: BSD letters (`aux`), UNIX flags (`-ef`, `-A`), and `-o`/`-eo FIELD,…` with known
 * columns. The words joined with spaces (as the CLI sends them), or null when any is refused.
 */
export function psArgs(words: readonly string[]): string | null {
  if (words.length > 6) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (FORMAT_FLAGS.has(w)) {
      const fields = words[++i];
      if (fields === undefined || fields.length > 120 || !fields.split(',').every((f) => PS_FIELDS.has(f))) return null;
      continue;
    }
    if (!BSD_OPTIONS.test(w) && !UNIX_OPTIONS.test(w)) return null;
  }
  return words.join(' ');
}

/** Filter values the engine accepts, by key, for the refusal to list. */
export const CONTAINER_STATUSES = ['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead'];
