import { describe, expect, it } from 'vitest';
import { goJsonIndent } from '../../../src/sandbox/format/go-json-indent.ts';

describe('goJsonIndent', () => {
  it('indents by four spaces with ": " and keeps empty containers on one line', () => {
    expect(goJsonIndent([{ a: 1, b: [], c: {}, d: null, e: [true, 'x'] }])).toBe(
      '[\n    {\n        "a": 1,\n        "b": [],\n        "c": {},\n        "d": null,\n        "e": [\n            true,\n            "x"\n        ]\n    }\n]',
    );
  });

  it('escapes like the engine: no HTML escaping, \\u00XX for controls, U+2028 escaped', () => {
    expect(goJsonIndent('<a & b>')).toBe('"<a & b>"');
    expect(goJsonIndent('q"\\\n\r\t\b\f\x01')).toBe('"q\\"\\\\\\n\\r\\t\\u0008\\u000c\\u0001"');
    expect(goJsonIndent('x\u2028y 你好')).toBe('"x\\u2028y 你好"');
  });
});
