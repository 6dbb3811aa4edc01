import { formatG } from './go-float.ts';

const DECIMAL = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB', 'ZiB', 'YiB'];

function scale(size: number, base: number, units: string[]): [number, string] {
  let i = 0;
  while (size >= base && i < units.length - 1) {
    size /= base;
    i++;
  }
  return [size, units[i] as string];
}

/** go-units HumanSizeWithPrecision: decimal units, `%.<precision>g`, no space ("1.98MB"). */
export function humanSizeWithPrecision(size: number, precision: number): string {
  const [value, unit] = scale(size, 1000, DECIMAL);
  return formatG(value, precision) + unit;
}

/** go-units HumanSize (four significant digits), used by `system df`. */
export function humanSize(size: number): string {
  return humanSizeWithPrecision(size, 4);
}

/** go-units BytesSize: binary units ("320KiB", "23.54GiB"), used by `stats` and `info`. */
export function bytesSize(size: number): string {
  const [value, unit] = scale(size, 1024, BINARY);
  return formatG(value, 4) + unit;
}
