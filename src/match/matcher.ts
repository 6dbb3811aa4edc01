import type { Lang } from '../lang/lang.ts';

/** What the matcher decided about one question. Scores are 0 (perfect) … 1 (nothing), as in fuse.js. */
export type MatchResult =
  | { kind: 'answer'; lang: Lang; cardId: string; score: number }
  | { kind: 'suggestions'; lang: Lang; cardIds: string[]; score: number | null }
  /** A Docker topic the notes don't teach: a catalogue entry. */
  | { kind: 'outside'; lang: Lang; topicId: string; score: number }
  | { kind: 'none'; lang: Lang };

export interface Matcher {
  match(text: string): MatchResult;
}
