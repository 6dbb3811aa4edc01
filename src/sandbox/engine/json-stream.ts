import { StringDecoder } from 'node:string_decoder';

/** Why a reply could not be read as JSON. */
export type JsonProblem = 'not-json' | 'too-deep' | 'truncated';

export class JsonStreamError extends Error {
  constructor(readonly problem: JsonProblem, message: string) {
    super(message);
    this.name = 'JsonStreamError';
  }
}

export interface JsonStreamOptions {
  /** Containers nested deeper than this are refused ('too-deep'); the engine nests about 8. */
  maxDepth: number;
  /**
   * Strings are kept up to this many characters and end in "…" past it (the rest is read, not
   * decoded): no value is ever built bigger than what can be shown. Default: unlimited.
   */
  maxStringChars?: number;
  /**
   * The array at this path (object keys from the root; `[]` is the root itself) is not kept:
   * each element goes to `onItem` as soon as it is complete, so a list of any length costs the
   * memory of one element. The array is left empty in the result.
   */
  items?: { path: readonly string[]; onItem(value: unknown): void };
}

export interface JsonStream {
  /** Parses what it can of `chunk` now; work is proportional to the chunk. */
  write(chunk: Buffer): void;
  /** The root value; throws 'truncated' if the text stopped inside it. */
  end(): unknown;
  /**
   * How many lines the value read so far prints as indented JSON (`docker inspect`): one per
   * value, plus one for the closing bracket of each non-empty container. Counted while parsing,
   * so a budgeted printer can say how much it left out without walking the rest.
   */
  lines(): number;
}

const enum S {
  Value, // a value is expected
  AfterValue, // `,` or the closing bracket
  Key, // a key (or `}` right after `{`)
  Colon,
  String,
  Escape,
  Unicode,
  Number,
  Literal,
  Done,
}

interface Frame {
  array: boolean;
  value: unknown[] | Record<string, unknown>;
  key: string | null;
  streaming: boolean;
  /** Whether the container has any element yet (decides if `,` or a closing bracket may follow). */
  empty: boolean;
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const MAX_NUMBER_CHARS = 400;
const LITERALS: Record<number, [string, unknown]> = { 0x74: ['true', true], 0x66: ['false', false], 0x6e: ['null', null] };

function setKey(obj: Record<string, unknown>, key: string, value: unknown): void {
  // As JSON.parse does: `__proto__` is an own property, never the prototype.
  if (key === '__proto__') Object.defineProperty(obj, key, { value, writable: true, enumerable: true, configurable: true });
  else obj[key] = value;
}

const isSpace = (b: number) => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
const ESCAPES: Record<number, string> = { 0x22: '"', 0x5c: '\\', 0x2f: '/', 0x62: '\b', 0x66: '\f', 0x6e: '\n', 0x72: '\r', 0x74: '\t' };

/**
 * An incremental JSON parser (RFC 8259, as JSON.parse reads it) for engine replies: it parses each
 * chunk as it arrives, so no reply is ever held as one big string or parsed in one long turn, and
 * it refuses nesting deeper than `maxDepth` instead of overflowing a stack later.
 */
export function createJsonStream(options: JsonStreamOptions): JsonStream {
  const stack: Frame[] = [];
  let state: S = S.Value;
  let root: unknown;
  let consumed = 0;
  // String in progress: decoded text so far, the decoder while it spans chunks, whether it is a key.
  let str = '';
  const maxString = options.maxStringChars ?? Number.POSITIVE_INFINITY;
  let decoder: StringDecoder | null = null;
  let strIsKey = false;
  let unicode = '';
  let num = '';
  let literal: [string, unknown] | null = null;
  let literalAt = 0;
  let values = 0;
  let closings = 0;

  const fail = (problem: JsonProblem, what: string): never => {
    throw new JsonStreamError(problem, `${what} at byte ${consumed}`);
  };

  const streamingHere = (): boolean => {
    const items = options.items;
    if (!items || stack.length !== items.path.length) return false;
    for (let i = 0; i < stack.length; i++) {
      const f = stack[i] as Frame;
      if (f.array || f.key !== items.path[i]) return false;
    }
    return true;
  };

  const complete = (value: unknown): void => {
    values++;
    const top = stack[stack.length - 1];
    if (!top) {
      root = value;
      state = S.Done;
      return;
    }
    top.empty = false;
    if (top.array) {
      if (top.streaming) options.items!.onItem(value);
      else (top.value as unknown[]).push(value);
    } else setKey(top.value as Record<string, unknown>, top.key as string, value);
    state = S.AfterValue;
  };

  const open = (array: boolean): void => {
    if (stack.length >= options.maxDepth) fail('too-deep', `JSON nested deeper than ${options.maxDepth} levels`);
    const streaming = array && streamingHere();
    stack.push({ array, value: array ? [] : {}, key: null, streaming, empty: true });
    state = array ? S.Value : S.Key;
  };

  const close = (array: boolean): void => {
    const top = stack[stack.length - 1];
    if (!top || top.array !== array) fail('not-json', `unexpected ${array ? ']' : '}'}`);
    stack.pop();
    if (!top!.empty) closings++;
    complete(top!.value);
  };

  const endString = (): void => {
    const value = str.length > maxString ? `${str.slice(0, maxString)}…` : str;
    str = '';
    if (strIsKey) {
      (stack[stack.length - 1] as Frame).key = value;
      state = S.Colon;
    } else complete(value);
  };

  const endNumber = (): void => {
    if (!NUMBER.test(num)) fail('not-json', `bad number ${JSON.stringify(num.slice(0, 20))}`);
    const value = Number(num);
    num = '';
    complete(value);
  };

  /** The first byte of a value: opens a container or starts a string, number or literal. */
  const startValue = (b: number): void => {
    if (b === 0x7b) open(false);
    else if (b === 0x5b) open(true);
    else if (b === 0x22) {
      strIsKey = false;
      state = S.String;
    } else if (b === 0x2d || (b >= 0x30 && b <= 0x39)) {
      num = String.fromCharCode(b);
      state = S.Number;
    } else if (LITERALS[b]) {
      literal = LITERALS[b] as [string, unknown];
      literalAt = 1;
      state = S.Literal;
    } else fail('not-json', `unexpected ${b < 0x20 || b > 0x7e ? `byte 0x${b.toString(16)}` : JSON.stringify(String.fromCharCode(b))}`);
  };

  function write(chunk: Buffer): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      const b = chunk[i] as number;
      switch (state) {
        case S.String: {
          // The fast path: plain bytes up to the next quote, backslash or control byte.
          let j = i;
          while (j < n) {
            const c = chunk[j] as number;
            if (c === 0x22 || c === 0x5c || c < 0x20) break;
            j++;
          }
          if (j > i && str.length < maxString) {
            if (decoder) str += decoder.write(chunk.subarray(i, j));
            else if (j === n) {
              decoder = new StringDecoder('utf8');
              str += decoder.write(chunk.subarray(i, j));
            } else str += chunk.toString('utf8', i, j);
          }
          consumed += j - i;
          i = j;
          if (i === n) break;
          const c = chunk[i] as number;
          if (decoder) {
            str += decoder.end();
            decoder = null;
          }
          if (c < 0x20) fail('not-json', 'control character in a string');
          i++;
          consumed++;
          if (c === 0x22) endString();
          else state = S.Escape;
          continue;
        }
        case S.Escape: {
          i++;
          consumed++;
          if (b === 0x75) {
            unicode = '';
            state = S.Unicode;
          } else {
            const e = ESCAPES[b];
            if (e === undefined) fail('not-json', 'bad escape in a string');
            if (str.length < maxString) str += e;
            state = S.String;
          }
          continue;
        }
        case S.Unicode: {
          i++;
          consumed++;
          const isHex = (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66);
          if (!isHex) fail('not-json', 'bad \\u escape');
          unicode += String.fromCharCode(b);
          if (unicode.length === 4) {
            // Code units as JSON.parse keeps them: a pair makes one character, a lone half stays lone.
            if (str.length < maxString) str += String.fromCharCode(parseInt(unicode, 16));
            state = S.String;
          }
          continue;
        }
        case S.Number: {
          const isNumChar = (b >= 0x30 && b <= 0x39) || b === 0x2e || b === 0x65 || b === 0x45 || b === 0x2b || b === 0x2d;
          if (isNumChar) {
            num += String.fromCharCode(b);
            if (num.length > MAX_NUMBER_CHARS) fail('not-json', 'number too long');
            i++;
            consumed++;
            continue;
          }
          endNumber();
          continue; // the byte that ended the number is read again in the new state
        }
        case S.Literal: {
          const [word, value] = literal as [string, unknown];
          if (b !== word.charCodeAt(literalAt)) fail('not-json', `bad literal (expected ${word})`);
          i++;
          consumed++;
          literalAt++;
          if (literalAt === word.length) complete(value);
          continue;
        }
        default:
          break;
      }
      i++;
      consumed++;
      if (isSpace(b)) continue;
      switch (state) {
        case S.Value: {
          const top = stack[stack.length - 1];
          if (b === 0x5d && top?.array && top.empty) close(true);
          else startValue(b);
          break;
        }
        case S.AfterValue: {
          const top = stack[stack.length - 1] as Frame;
          if (b === 0x2c) state = top.array ? S.Value : S.Key;
          else if (b === 0x5d || b === 0x7d) close(b === 0x5d);
          else fail('not-json', 'expected , or a closing bracket');
          break;
        }
        case S.Key: {
          const top = stack[stack.length - 1] as Frame;
          if (b === 0x7d && top.empty) close(false);
          else if (b === 0x22) {
            strIsKey = true;
            state = S.String;
          } else fail('not-json', 'expected a key');
          break;
        }
        case S.Colon:
          if (b !== 0x3a) fail('not-json', 'expected :');
          state = S.Value;
          break;
        case S.Done:
          fail('not-json', 'text after the JSON value');
          break;
        default:
          break;
      }
    }
  }

  return {
    write,
    lines: () => values + closings,
    end() {
      if (state === S.Number && stack.length === 0) endNumber();
      if (state === S.Value && stack.length === 0) fail('not-json', 'empty reply');
      if (state !== S.Done) fail('truncated', 'the reply stopped inside the JSON');
      return root;
    },
  };
}
