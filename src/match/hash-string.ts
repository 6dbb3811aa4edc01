/** A stable 32-bit number for a string (FNV-1a over UTF-16 code units), the same on every run. */
export function hashString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}
