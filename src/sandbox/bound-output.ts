import type { Lang } from '../lang/lang.ts';

export interface Bounds {
  maxRows: number;
  maxChars: number;
}

/** Slack shows a section of ≤ 3000 characters; the rest of the budget goes to the code fence and header. */
export const SLACK_BOUNDS: Bounds = { maxRows: 40, maxChars: 2800 };

const MORE: Record<Lang, (n: number) => string> = {
  en: (n) => `… and ${n} more`,
  'zh-TW': (n) => `… 還有 ${n} 行`,
  'zh-CN': (n) => `… 还有 ${n} 行`,
};

/**
 * Cuts output to what Slack can show: at most `maxRows` lines and `maxChars` characters (the
 * "… and N more" line included), cutting at line ends so table rows stay whole. A single line
 * longer than the budget is cut mid-line with "…". `alreadyCut` rows were left out before the
 * text was formatted (the sandbox's own limit); they count in "N more".
 */
export function boundOutput(text: string, lang: Lang = 'en', bounds: Bounds = SLACK_BOUNDS, alreadyCut = 0): string {
  const trailing = text.endsWith('\n');
  // The sandbox never prints more than its own limit, so splitting here is bounded too.
  const lines = (trailing ? text.slice(0, -1) : text).split('\n');
  const more = MORE[lang];
  if (lines.length <= bounds.maxRows && text.length <= bounds.maxChars) {
    if (alreadyCut === 0) return text;
    // Room for the "more" line: drop rows until it fits.
    if (lines.length < bounds.maxRows && text.length + more(alreadyCut).length + 2 <= bounds.maxChars) {
      return `${trailing ? text : `${text}\n`}${more(alreadyCut)}\n`;
    }
  }
  let kept = Math.min(lines.length, bounds.maxRows - 1);
  const size = (n: number) => lines.slice(0, n).join('\n').length + 1 + more(lines.length - n + alreadyCut).length + 1;
  while (kept > 0 && size(kept) > bounds.maxChars) kept--;
  if (kept === 0) {
    const rest = lines.length - 1 + alreadyCut;
    const tail = rest > 0 ? `\n${more(rest)}\n` : '\n';
    return `${lines[0]!.slice(0, Math.max(0, bounds.maxChars - tail.length - 1))}…${tail}`;
  }
  return `${lines.slice(0, kept).join('\n')}\n${more(lines.length - kept + alreadyCut)}\n`;
}
