import type { z } from 'zod';
import { DockhandError } from '../../errors.ts';
import { naturalLess } from '../format/natural-less.ts';
import { readShape } from './read-shape.ts';

export interface FirstRows<T> {
  /** For the engine client: each element of the streamed list. */
  items: { path: readonly string[]; onItem(value: unknown): void };
  /** The elements kept, checked against the schema. */
  kept: T[];
  /** Rows of the elements not kept. */
  more(): number;
  /**
   * Checks the reply had the list where it should (a `null` or an object instead of the array
   * streams nothing, which must not pass for an empty list); `optional` allows null or missing.
   */
  check(root: unknown, optional?: boolean): void;
}

function checkList(root: unknown, path: readonly string[], what: string, optional: boolean): void {
  let at: unknown = root;
  for (const key of path) {
    if (!at || typeof at !== 'object' || Array.isArray(at)) {
      throw new DockhandError('ENGINE_BAD_REPLY', `the engine's ${what} reply is not an object`, { problem: 'shape', where: what });
    }
    at = (at as Record<string, unknown>)[key];
  }
  if (Array.isArray(at) || (optional && (at === null || at === undefined))) return;
  throw new DockhandError('ENGINE_BAD_REPLY', `the engine's ${what} is not a list`, { problem: 'shape', where: [what, ...path].join('.') });
}

/**
 * Keeps the first `limit` rows of a streamed list (each element checked as it arrives) and only
 * counts the rest: `rowsOf` says how many rows an element prints (an image with two tags, two).
 */
export function firstRows<S extends z.ZodType>(
  schema: S,
  what: string,
  limit: number,
  path: readonly string[] = [],
  rowsOf: (item: z.output<S>) => number = () => 1,
): FirstRows<z.output<S>> {
  const kept: z.output<S>[] = [];
  let rows = 0;
  let more = 0;
  return {
    kept,
    more: () => more,
    check: (root, optional = false) => checkList(root, path, what, optional),
    items: {
      path,
      onItem(value) {
        if (rows >= limit) {
          // Counted, not kept: an element of the wrong shape still prints one row.
          const parsed = schema.safeParse(value);
          more += parsed.success ? rowsOf(parsed.data) : 1;
          return;
        }
        const item = readShape(schema, value, `${what}[${kept.length}]`);
        kept.push(item);
        rows += rowsOf(item);
      },
    },
  };
}

/**
 * Keeps the `limit` smallest elements by natural order of `key` (the order `network ls` and
 * `volume ls` print), with a bounded sorted buffer: memory for `limit` elements, whatever comes.
 */
export function firstByName<S extends z.ZodType>(
  schema: S,
  what: string,
  limit: number,
  key: (item: z.output<S>) => string,
  path: readonly string[] = [],
): FirstRows<z.output<S>> {
  const kept: z.output<S>[] = [];
  let more = 0;
  return {
    kept,
    more: () => more,
    check: (root, optional = false) => checkList(root, path, what, optional),
    items: {
      path,
      onItem(value) {
        const item = readShape(schema, value, `${what}[${kept.length + more}]`);
        const k = key(item);
        // Binary search for the first kept element that sorts after this one.
        let lo = 0;
        let hi = kept.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (naturalLess(k, key(kept[mid] as z.output<S>))) hi = mid;
          else lo = mid + 1;
        }
        if (lo >= limit) {
          more++;
          return;
        }
        kept.splice(lo, 0, item);
        if (kept.length > limit) {
          kept.pop();
          more++;
        }
      },
    },
  };
}

