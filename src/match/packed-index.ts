import { hashString as hash } from './hash-string.ts';

/** What the matcher asks of a string → number table; a `Map` is one. */
export interface StringIndex {
  readonly size: number;
  get(key: string): number | undefined;
  keys(): Iterable<string>;
}

const SEPARATOR = '\u0000';

/**
 * A read-only string → position table for the saved model's 70,000 feature names, packed into one
 * string with their offsets and an open-addressing table of hashes: a `Map` of them was 4.3 MB of
 * the server's heap (entries and one string object per name), this about a third. Keys must not
 * contain U+0000 (the packing separator).
 */
export class PackedIndex implements StringIndex {
  private readonly text: string;
  private readonly offsets: Uint32Array;
  /** Slot → 1 + the key's position, or 0 for an empty slot. */
  private readonly slots: Uint32Array;
  private readonly mask: number;

  constructor(keys: readonly string[]) {
    this.text = keys.join(SEPARATOR);
    this.offsets = new Uint32Array(keys.length + 1);
    let at = 0;
    keys.forEach((k, i) => {
      if (k.includes(SEPARATOR)) throw new Error(`a key holds U+0000: ${JSON.stringify(k)}`);
      this.offsets[i] = at;
      at += k.length + 1;
    });
    this.offsets[keys.length] = at;
    let size = 1;
    while (size < keys.length * 2) size *= 2;
    this.slots = new Uint32Array(size);
    this.mask = size - 1;
    keys.forEach((k, i) => {
      let s = hash(k) & this.mask;
      while (this.slots[s] !== 0) {
        // `new Map(entries)` would keep the last of two equal keys, and a model never has two: refuse them.
        if (this.keyAt(this.slots[s]! - 1) === k) throw new Error(`duplicate key ${JSON.stringify(k)}`);
        s = (s + 1) & this.mask;
      }
      this.slots[s] = i + 1;
    });
  }

  get size(): number {
    return this.offsets.length - 1;
  }

  get(key: string): number | undefined {
    for (let s = hash(key) & this.mask; ; s = (s + 1) & this.mask) {
      const slot = this.slots[s]!;
      if (slot === 0) return undefined;
      const i = slot - 1;
      const start = this.offsets[i]!;
      if (this.offsets[i + 1]! - start - 1 === key.length && this.text.startsWith(key, start)) return i;
    }
  }

  *keys(): IterableIterator<string> {
    for (let i = 0; i < this.size; i++) yield this.keyAt(i);
  }

  private keyAt(i: number): string {
    return this.text.slice(this.offsets[i]!, this.offsets[i + 1]! - 1);
  }
}
