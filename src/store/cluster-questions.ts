/** One unanswered question as the report groups it. */
export interface GroupInput {
  text: string;
  lang: string;
  outcome: string;
  topic: string | null;
}

export interface QuestionGroup {
  /** The group's most asked wording: what the report shows. */
  text: string;
  count: number;
  /** Every distinct wording, most asked first, with its language. */
  members: { text: string; lang: string; count: number }[];
  /** Catalogue topics of the `outside-notes` answers in the group, most frequent first. */
  topics: string[];
}

/** Words every Docker question has, which say nothing about which one it is. */
const STOPWORDS = new Set(
  ('a an the and or but of to in on at for with from by into about as is are was were be been do does did doing done i me my we you your it its this that these those ' +
    'how what why when where which who can could should would will shall may might must there here please thanks thank hi hello hey ' +
    'docker dockers use using used get make way want need know tell show explain mean means difference between vs versus one some any all not no ' +
    '嗎 呢 吧 啊 的 了 是 怎麼 怎么 如何 什麼 什么 為什麼 为什么 可以 能 要 我 你 請問 请问 一下 docker')
    .split(/\s+/),
);

const HAN = /\p{Script=Han}/u;

/** Lower case, NFKC, Slack markup and punctuation gone, whitespace collapsed. */
export function normalizeQuestion(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/<[^>]{0,200}>/g, ' ')
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Plural and -ing endings folded, so "containers"/"container" and "mounting"/"mount" agree. */
function stem(word: string): string {
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/**
 * What a question is about, as a set: content words (stemmed, stopwords dropped) and, for
 * Chinese, which has no spaces, character bigrams of each run of Han characters.
 */
export function questionFeatures(normalized: string): Set<string> {
  const features = new Set<string>();
  for (const token of normalized.split(' ')) {
    if (!token) continue;
    if (HAN.test(token)) {
      for (const run of token.match(/\p{Script=Han}+/gu) ?? []) {
        if (run.length === 1 && !STOPWORDS.has(run)) features.add(run);
        for (let i = 0; i + 1 < run.length; i++) {
          const bigram = run.slice(i, i + 2);
          if (!STOPWORDS.has(bigram)) features.add(bigram);
        }
      }
      for (const latin of token.replace(/\p{Script=Han}+/gu, ' ').split(' ')) if (latin && !STOPWORDS.has(latin)) features.add(stem(latin));
      continue;
    }
    if (!STOPWORDS.has(token)) features.add(stem(token));
  }
  return features;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Two questions sharing at least half of their combined features are one gap. */
export const SIMILARITY_THRESHOLD = 0.5;

interface Wording {
  normalized: string;
  text: string;
  lang: string;
  count: number;
  features: Set<string>;
  topics: Map<string, number>;
}

/**
 * Groups unanswered questions by similarity, deterministically: identical wordings (after
 * normalising) are merged, then wordings are taken most asked first and each joins the first
 * group whose leading wording it resembles (Jaccard ≥ 0.5 over `questionFeatures`), else starts
 * one. An inverted index over the leaders' features keeps it near-linear. Same input, same groups,
 * in the same order: by count, then by text.
 */
export function clusterQuestions(questions: readonly GroupInput[], threshold = SIMILARITY_THRESHOLD): QuestionGroup[] {
  const wordings = new Map<string, Wording>();
  for (const q of questions) {
    const normalized = normalizeQuestion(q.text);
    if (!normalized) continue;
    let w = wordings.get(normalized);
    if (!w) {
      w = { normalized, text: q.text.trim(), lang: q.lang, count: 0, features: questionFeatures(normalized), topics: new Map() };
      wordings.set(normalized, w);
    }
    w.count++;
    if (q.topic) w.topics.set(q.topic, (w.topics.get(q.topic) ?? 0) + 1);
  }
  const ordered = [...wordings.values()].sort((a, b) => b.count - a.count || a.normalized.localeCompare(b.normalized));
  const groups: { leader: Wording; members: Wording[] }[] = [];
  const byFeature = new Map<string, number[]>();
  for (const w of ordered) {
    const candidates = new Set<number>();
    for (const f of w.features) for (const g of byFeature.get(f) ?? []) candidates.add(g);
    const joined = [...candidates].sort((a, b) => a - b).find((g) => jaccard(groups[g]!.leader.features, w.features) >= threshold);
    if (joined !== undefined) {
      groups[joined]!.members.push(w);
      continue;
    }
    groups.push({ leader: w, members: [w] });
    for (const f of w.features) byFeature.set(f, [...(byFeature.get(f) ?? []), groups.length - 1]);
  }
  return groups
    .map(({ leader, members }) => {
      const topics = new Map<string, number>();
      for (const m of members) for (const [t, n] of m.topics) topics.set(t, (topics.get(t) ?? 0) + n);
      return {
        text: leader.text,
        count: members.reduce((n, m) => n + m.count, 0),
        members: members.map((m) => ({ text: m.text, lang: m.lang, count: m.count })),
        topics: [...topics].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([t]) => t),
      };
    })
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
