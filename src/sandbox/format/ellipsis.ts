import { charWidth } from './char-width.ts';

/**
 * docker/cli formatter.Ellipsis: cut to a display width and end with "…". Kept quirk for quirk
 * (ASCII counts bytes, a too-wide first character returns the string unchanged).
 */
export function ellipsis(text: string, maxWidth: number): string {
  if (maxWidth <= 0) return '';
  const runes = Array.from(text);
  if (maxWidth === 1) return runes[0] ?? '';
  if (/^[\x00-\x7f]*$/.test(text)) {
    return text.length <= maxWidth ? text : text.slice(0, maxWidth - 1) + '…';
  }
  const cumulative: number[] = [];
  let width = 0;
  for (const r of runes) {
    width += charWidth(r);
    cumulative.push(width);
  }
  if (width <= maxWidth) return text;
  for (let i = 0; i < cumulative.length - 1; i++) {
    if ((cumulative[i] as number) <= maxWidth - 1 && (cumulative[i + 1] as number) > maxWidth - 1) {
      return runes.slice(0, i + 1).join('') + '…';
    }
  }
  return text;
}
