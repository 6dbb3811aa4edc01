import type { QuestionGroup } from './cluster-questions.ts';

export interface CardFeedback {
  card: string;
  up: number;
  down: number;
  /** 👎 reasons by count, each with its latest comments (redacted, newest first). */
  reasons: { reason: string; count: number; comments: string[] }[];
}

/** What instructors see, in App Home and from `dockhand report`. */
export interface Report {
  /** Start and end of the window, epoch ms. */
  since: number;
  until: number;
  questions: number;
  /** Questions that got a card. */
  answered: number;
  /** No card given (no answer, did-you-mean, not in the notes), grouped by similarity. */
  unanswered: QuestionGroup[];
  feedback: CardFeedback[];
  refused: { signature: string; count: number }[];
  languages: Record<string, number>;
  /** One entry per UTC day of the window, days without questions included. */
  days: { date: string; questions: number; answered: number }[];
}

/** `dockhand report --json`: exactly the documented fields. */
export function reportJson(report: Report): Record<string, unknown> {
  return {
    since: new Date(report.since).toISOString(),
    questions: report.questions,
    answered: report.answered,
    unanswered: report.unanswered.map((g) => ({ text: g.text, count: g.count })),
    feedback: report.feedback.map((f) => ({ card: f.card, up: f.up, down: f.down, reasons: f.reasons })),
    refused: report.refused.map((r) => ({ signature: r.signature, count: r.count })),
    languages: report.languages,
  };
}
