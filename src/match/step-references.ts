const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十二 → 12, 二十 → 20, 七 → 7; null for anything else. */
function chineseNumber(text: string): number | null {
  if (/^\d+$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(text);
  if (!m || (!m[1] && !m[2] && !m[3])) return null;
  if (!m[2]) return m[3] || !m[1] ? null : CN_DIGITS[m[1]]!;
  return (m[1] ? CN_DIGITS[m[1]]! : 1) * 10 + (m[3] ? CN_DIGITS[m[3]]! : 0);
}

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
// "step 12", "steps 7 to 10", "#12", "item 12"; 第 12 步, 步骤 12, 第十二点, 第 3 條 (folded text: 骤, 条).
const PATTERNS = [
  new RegExp(`\\b(?:steps?|item|point|no\\.?)\\s*#?\\s*${NUM}(?:\\s*(?:-|~|to|and|&|,|or)\\s*${NUM})?`, 'gu'),
  new RegExp(`第\\s*${NUM}\\s*(?:[步点项条个]|到\\s*${NUM}\\s*[步点项条])`, 'gu'),
  new RegExp(`步骤\\s*${NUM}(?:\\s*(?:-|~|到|和|、)\\s*${NUM})?`, 'gu'),
];

/** The numbers of the notes' steps a (folded) message refers to; a range gives every step in it. */
export function stepNumbers(folded: string): number[] {
  const out = new Set<number>();
  for (const pattern of PATTERNS) {
    for (const m of folded.matchAll(pattern)) {
      const [from, to] = [m[1], m[2]].map((x) => (x ? chineseNumber(x) : null));
      if (from === null || from === undefined || from < 1 || from > 40) continue;
      const end = to && to > from && to - from <= 10 ? to : from;
      for (let n = from; n <= end; n++) out.add(n);
    }
  }
  return [...out];
}
