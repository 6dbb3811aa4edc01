import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJsonStream, JsonStreamError } from '../../../src/sandbox/engine/json-stream.ts';

/** Feeds `bytes` cut at `cuts` (positions), as sockets deliver them. */
function parse(bytes: Buffer, cuts: number[] = [], options: Parameters<typeof createJsonStream>[0] = { maxDepth: 64 }): unknown {
  const stream = createJsonStream(options);
  let at = 0;
  for (const cut of [...new Set(cuts)].filter((c) => c > 0 && c < bytes.length).sort((a, b) => a - b)) {
    stream.write(bytes.subarray(at, cut));
    at = cut;
  }
  stream.write(bytes.subarray(at));
  return stream.end();
}

const problemOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'ok';
  } catch (err) {
    return err instanceof JsonStreamError ? err.problem : `other: ${String(err)}`;
  }
};

describe('createJsonStream', () => {
  it('reads what JSON.parse reads, however the bytes are cut (unicode split across chunks included)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue({ maxDepth: 6 }), fc.jsonValue({ maxDepth: 4, stringUnit: 'grapheme' }), fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' })), fc.array(fc.nat(), { maxLength: 12 }), fc.boolean(), (value, cuts, pretty) => {
        const bytes = Buffer.from(pretty ? JSON.stringify(value, null, 2) : JSON.stringify(value));
        expect(parse(bytes, cuts.map((c) => c % (bytes.length + 1)))).toEqual(JSON.parse(bytes.toString()));
      }),
      { numRuns: 500 },
    );
  });

  it('accepts exactly what JSON.parse accepts on arbitrary text', () => {
    const nearlyJson = fc.oneof(
      fc.string(),
      fc.json().chain((j) => fc.tuple(fc.nat({ max: j.length }), fc.string({ maxLength: 3 })).map(([at, junk]) => j.slice(0, at) + junk + j.slice(at))),
      fc.constantFrom('', ' ', '[1,]', '{"a":1,}', '01', '-', '1.', '.5', '1e', 'tru', 'nul', '"\\x"', '"\\u12"', '"a\nb"', '[', '{"a"', '{"a":}', '[] []', '\ufeff{}', '"\\ud800"', '1 2', '-0', '1E+2'),
    );
    fc.assert(
      fc.property(nearlyJson, (text) => {
        let expected: unknown;
        let ok = true;
        try {
          expected = JSON.parse(text);
        } catch {
          ok = false;
        }
        const bytes = Buffer.from(text);
        if (ok) expect(parse(bytes, [1, 2, 3])).toEqual(expected);
        else expect(problemOf(() => parse(bytes, [1, 2, 3]))).toMatch(/^(not-json|truncated)$/);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps __proto__ an own property, as JSON.parse does', () => {
    const out = parse(Buffer.from('{"__proto__": {"polluted": true}, "a": 1}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than maxDepth without recursion (20,000 levels)', () => {
    const deep = Buffer.from('['.repeat(20_000) + ']'.repeat(20_000));
    expect(problemOf(() => parse(deep, [], { maxDepth: 100 }))).toBe('too-deep');
    expect(parse(Buffer.from('[[[1]]]'), [], { maxDepth: 3 })).toEqual([[[1]]]);
    expect(problemOf(() => parse(Buffer.from('[[[[1]]]]'), [], { maxDepth: 3 }))).toBe('too-deep');
  });

  it('says truncated when the text stops inside a value, not-json for an empty reply', () => {
    expect(problemOf(() => parse(Buffer.from('[{"a": "b')))).toBe('truncated');
    expect(problemOf(() => parse(Buffer.from('  ')))).toBe('not-json');
    expect(problemOf(() => parse(Buffer.from('<html>500</html>')))).toBe('not-json');
  });

  it('streams the elements of the chosen array instead of keeping them', () => {
    const seen: unknown[] = [];
    const top = parse(Buffer.from('{"Titles":["PID"],"Processes":[["1"],["2"],["3"]],"After":true}'), [5, 17, 30], {
      maxDepth: 8,
      items: { path: ['Processes'], onItem: (v) => seen.push(v) },
    });
    expect(seen).toEqual([['1'], ['2'], ['3']]);
    expect(top).toEqual({ Titles: ['PID'], Processes: [], After: true });
    const rootItems: unknown[] = [];
    expect(parse(Buffer.from('[1,{"a":[2]},3]'), [2], { maxDepth: 8, items: { path: [], onItem: (v) => rootItems.push(v) } })).toEqual([]);
    expect(rootItems).toEqual([1, { a: [2] }, 3]);
  });
});

describe('lines()', () => {
  it('is the line count of the value printed with a four-space indent', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => {
        const stream = createJsonStream({ maxDepth: 64 });
        stream.write(Buffer.from(JSON.stringify(value)));
        stream.end();
        expect(stream.lines()).toBe(JSON.stringify(value, null, 4).split('\n').length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('maxStringChars', () => {
  it('keeps the first characters of a long string, marks the cut, and still reads the rest as JSON', () => {
    const text = JSON.stringify({ a: 'x'.repeat(10_000), b: 'é\\n"'.repeat(2000), c: 'short' });
    const out = parse(Buffer.from(text), [100, 5000, 9000], { maxDepth: 8, maxStringChars: 50 }) as Record<string, string>;
    expect(out.a).toBe(`${'x'.repeat(50)}…`);
    expect(out.b!.startsWith('é\\n"é')).toBe(true);
    expect(out.b!.length).toBeLessThanOrEqual(51 + 4);
    expect(out.c).toBe('short');
  });
});
