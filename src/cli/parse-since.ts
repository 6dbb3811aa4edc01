const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/**
 * `--since`: a duration back from now (`7d`, `24h`, `2w`, `90m`) or a date (`2026-11-01`, UTC
 * midnight) or an ISO time. Returns epoch ms, or throws a TypeError that says what it takes.
 */
export function parseSince(value: string, now: number = Date.now()): number {
  const duration = /^(\d{1,5})([mhdw])$/.exec(value.trim());
  if (duration) return now - Number(duration[1]) * UNIT_MS[duration[2]!]!;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?$/.test(value.trim())) {
    const at = Date.parse(value.trim().length === 10 ? `${value.trim()}T00:00:00Z` : value.trim());
    if (Number.isFinite(at) && at <= now) return at;
  }
  throw new TypeError(`--since takes a duration such as 7d, 24h or 2w, or a past date such as 2026-11-01 (got "${value}")`);
}
