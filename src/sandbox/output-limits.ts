/**
 * How much output one sandbox command produces at most: rows are cut before they are formatted
 * (the rest only counted), so a list of 200,000 containers costs what 500 do. A message shows
 * fewer (`SLACK_BOUNDS`); the rest is for surfaces that show more (a file snippet, the shell).
 */
export interface OutputLimits {
  /** Rows of a table, lines of `logs` or `inspect`. */
  rows: number;
  /** Characters of text. */
  chars: number;
}

export const OUTPUT_LIMITS: OutputLimits = { rows: 500, chars: 100_000 };

/** What a sandbox command printed, and how many more rows (lines) it would have printed. */
export interface SandboxOutput {
  text: string;
  more: number;
}
