import { HIDDEN } from './clean-text.ts';
import { REDACTED, redactText } from './redact-text.ts';
import { isSecretName, isStrongSecretName } from './secret-names.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Fields that hold paths on the sandbox host (its data root, netns, log files): not ours to show. */
const HOST_PATH_KEYS = new Set(['ResolvConfPath', 'HostnamePath', 'HostsPath', 'LogPath', 'SandboxKey', 'Mountpoint']);

/** Where a value sits, as far as the rules care: its key, and whether it is inside a host-path area. */
export interface Place {
  key: string | null;
  /** Inside `GraphDriver.Data` or a mount's `Source`: every string is a path on the host. */
  hostPaths: boolean;
  /** An item of a `Mounts` list (whose `Source` is on the host). */
  mount: boolean;
}

export const ROOT_PLACE: Place = { key: null, hostPaths: false, mount: false };

/** The place of `obj[key]` for an object at `parent`. */
export function placeOfKey(parent: Place, parentKey: string | null, key: string): Place {
  const hostPaths = parent.hostPaths || (parentKey === 'GraphDriver' && key === 'Data') || (parent.mount && key === 'Source');
  return { key, hostPaths, mount: false };
}

/** The place of an item of an array at `parent` (whose key is the array's). */
export function placeOfItem(parent: Place): Place {
  return { key: null, hostPaths: parent.hostPaths, mount: parent.key === 'Mounts' };
}

/** `["--password", "hunter2"]`, `["-p", "hunter2"]`: the value after a secret-named flag is a secret too. */
function afterSecretFlag(prev: unknown, item: string): boolean {
  if (typeof prev !== 'string' || !prev.startsWith('-') || prev.includes('=') || item.startsWith('-')) return false;
  if (prev === '-p') return !/^[\d.:[\]-]+(?:\/[a-z]+)?$/.test(item) && !item.includes('/');
  return isStrongSecretName(prev);
}

/**
 * A string of `inspect` output as shown: host paths hidden, secret-named fields, every Env value
 * and the value after a secret flag replaced, the rest through `redactText`. `parentKey` is the
 * key of the array or object holding it; `prev` the array item before it. `cut` bounds how much
 * of a huge string is looked at (nothing past it is shown).
 */
export function inspectString(value: string, place: Place, parentKey: string | null, prev: unknown, cut = Infinity): string {
  if (value === '') return value;
  if (place.hostPaths || (place.key !== null && HOST_PATH_KEYS.has(place.key))) return HIDDEN;
  // A field named like a secret (`Password`, label `db.pass`, `com.example.api-token`) holds one.
  if (place.key !== null && isSecretName(place.key)) return REDACTED;
  if (place.key === null && parentKey === 'Env') {
    const eq = value.indexOf('=');
    return eq < 0 ? value : `${value.slice(0, eq + 1)}${REDACTED}`;
  }
  if (place.key === null && parentKey === 'Binds' && value.startsWith('/')) {
    const colon = value.indexOf(':');
    return colon < 0 ? HIDDEN : HIDDEN + redactText(value.slice(colon));
  }
  if (place.key === null && afterSecretFlag(prev, value)) return REDACTED;
  if (value.length > cut) return redactText(value.slice(0, cut + 4096)).slice(0, cut);
  return redactText(value);
}

function redactAt(value: Json, place: Place, parentKey: string | null, prev: unknown): Json {
  if (typeof value === 'string') return inspectString(value, place, parentKey, prev);
  if (Array.isArray(value)) {
    const item = placeOfItem(place);
    return value.map((v, i) => redactAt(v, item, place.key, value[i - 1]));
  }
  if (value && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactAt(v, placeOfKey(place, place.key, k), place.key, undefined);
    return out;
  }
  return value;
}

/**
 * `inspect` output with host paths, environment values, secret-named fields and token-shaped
 * strings replaced by "<hidden>" / "<redacted>". Structure and key order are kept (so the line
 * count of the printed JSON is too).
 */
export function redactInspect(value: unknown): unknown {
  return redactAt(value as Json, ROOT_PLACE, null, undefined);
}
