import { readFileSync } from 'node:fs';

const DIR = new URL('../../fixtures/engine-json/', import.meta.url);

/** The clock the goldens were rendered against (see fixtures/engine-json/golden/fake-engine.py). */
export const NOW = new Date(1795812400 * 1000);

export function engineJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as T;
}

/** What the real docker CLI printed for the same fixture JSON. */
export function golden(name: string): string {
  return readFileSync(new URL(`golden/${name}`, DIR), 'utf8');
}
