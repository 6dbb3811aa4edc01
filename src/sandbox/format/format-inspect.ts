import type { OutputLimits, SandboxOutput } from '../output-limits.ts';
import { goString } from './go-json-indent.ts';
import { inspectString, placeOfItem, placeOfKey, ROOT_PLACE, type Place } from './redact-inspect.ts';
import { redactText } from './redact-text.ts';

const UNBOUNDED: OutputLimits = { rows: Number.POSITIVE_INFINITY, chars: Number.POSITIVE_INFINITY };

/**
 * Prints JSON as `json.Indent` with four spaces does, redacting each string as it is printed,
 * and stops at the budget: the work is bounded by what is shown, not by the size of the object.
 */
class Printer {
  readonly lines: string[] = [];
  private chars = 0;
  full = false;

  constructor(private readonly limits: OutputLimits) {}

  emit(line: string): boolean {
    if (this.full) return false;
    if (this.lines.length >= this.limits.rows || this.chars + line.length + 1 > this.limits.chars) {
      this.full = true;
      return false;
    }
    this.lines.push(line);
    this.chars += line.length + 1;
    return true;
  }

  value(value: unknown, place: Place, parentKey: string | null, prev: unknown, indent: string, prefix: string, suffix: string): void {
    if (this.full) return;
    if (value === null || value === undefined || typeof value !== 'object') {
      this.emit(`${indent}${prefix}${this.scalar(value, place, parentKey, prev)}${suffix}`);
      return;
    }
    const inner = indent + '    ';
    if (Array.isArray(value)) {
      if (value.length === 0) {
        this.emit(`${indent}${prefix}[]${suffix}`);
        return;
      }
      if (!this.emit(`${indent}${prefix}[`)) return;
      const item = placeOfItem(place);
      for (let i = 0; i < value.length && !this.full; i++) {
        this.value(value[i], item, place.key, value[i - 1], inner, '', i < value.length - 1 ? ',' : '');
      }
      this.emit(`${indent}]${suffix}`);
      return;
    }
    const keys = Object.keys(value);
    if (keys.length === 0) {
      this.emit(`${indent}${prefix}{}${suffix}`);
      return;
    }
    if (!this.emit(`${indent}${prefix}{`)) return;
    for (let i = 0; i < keys.length && !this.full; i++) {
      const k = keys[i] as string;
      const v = (value as Record<string, unknown>)[k];
      this.value(v, placeOfKey(place, place.key, k), place.key, undefined, inner, `${goString(redactText(k))}: `, i < keys.length - 1 ? ',' : '');
    }
    this.emit(`${indent}}${suffix}`);
  }

  private scalar(value: unknown, place: Place, parentKey: string | null, prev: unknown): string {
    if (value === null || value === undefined) return 'null';
    if (typeof value === 'string') return goString(inspectString(value, place, parentKey, prev, this.limits.chars));
    if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'null';
    return String(value);
  }
}

/**
 * `docker inspect`: a JSON array as the CLI prints it (four-space indent, final newline),
 * redacted, within `limits`. `totalLines` (from the parser) says how many lines the whole array
 * would take, so the lines not printed are counted without printing them.
 */
export function formatInspectBounded(objects: readonly unknown[], limits: OutputLimits, totalLines?: number): SandboxOutput {
  if (objects.length === 0) return { text: '[]\n', more: 0 };
  const printer = new Printer(limits);
  printer.value(objects, ROOT_PLACE, null, undefined, '', '', '');
  const text = printer.lines.join('\n') + '\n';
  const more = printer.full ? Math.max(0, (totalLines ?? printer.lines.length) - printer.lines.length) : 0;
  return { text, more };
}

/** The whole of `docker inspect` (for fixtures and tests; the sandbox prints within its limits). */
export function formatInspect(objects: readonly unknown[]): string {
  return formatInspectBounded(objects, UNBOUNDED).text;
}
