import { ConverterFactory } from 'opencc-js/core';
import fromCn from 'opencc-js/from/cn';
import toTw from 'opencc-js/to/tw';

let convert: ((text: string) => string) | undefined;

/**
 * Simplified → Traditional characters (`cn` → `tw`, not Taiwan vocabulary). For authoring checks
 * and the previous matcher kept as an evaluation baseline: answering never loads its 1 MB of phrases.
 */
export function toTraditional(text: string): string {
  return (convert ??= ConverterFactory(...fromCn, ...toTw))(text);
}
