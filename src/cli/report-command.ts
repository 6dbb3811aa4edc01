import type { Writable } from 'node:stream';
import { readConfig } from '../config.ts';
import { reportCsv } from '../render/report-csv.ts';
import { reportHtml } from '../render/report-html.ts';
import { reportText } from '../render/report-text.ts';
import { buildReport } from '../store/build-report.ts';
import { openStore } from '../store/open-store.ts';
import { reportJson, type Report } from '../store/report.ts';
import { StoreError } from '../store/store.ts';
import { parseSince } from './parse-since.ts';

export const REPORT_USAGE = 'usage: dockhand report [--since 7d] [--json | --csv | --html]';

type Format = 'text' | 'json' | 'csv' | 'html';

export interface ReportArgs {
  since: number;
  format: Format;
}

/** Reads `[--since X] [--json|--csv|--html]`; throws a TypeError saying what is wrong. */
export function parseReportArgs(args: readonly string[], now: number = Date.now()): ReportArgs & { rest: string[] } {
  let since = '7d';
  let format: Format = 'text';
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--since') {
      const v = args[++i];
      if (v === undefined) throw new TypeError('--since needs a value, e.g. --since 7d');
      since = v;
    } else if (a.startsWith('--since=')) since = a.slice('--since='.length);
    else if (a === '--json' || a === '--csv' || a === '--html') {
      if (format !== 'text') throw new TypeError('choose one of --json, --csv and --html');
      format = a.slice(2) as Format;
    } else if (a.startsWith('-')) throw new TypeError(`unknown option ${a}`);
    else rest.push(a);
  }
  return { since: parseSince(since, now), format, rest };
}

/** The instructors' report from the configured store (DATABASE_URL, else DATA_DIR); throws on a store it cannot read. */
export async function loadReport(env: NodeJS.ProcessEnv, since: number): Promise<Report> {
  const store = openStore(readConfig(env).store);
  try {
    return await buildReport(store, since);
  } finally {
    await store.close().catch(() => undefined);
  }
}

export function renderReport(report: Report, format: Format): string {
  if (format === 'json') return `${JSON.stringify(reportJson(report), null, 2)}\n`;
  if (format === 'csv') return reportCsv(report);
  if (format === 'html') return reportHtml(report);
  return reportText(report);
}

/** `dockhand report`: what learners asked, what went unanswered, what they tried to run. */
export async function reportCommand(args: string[], env: NodeJS.ProcessEnv, out: Writable, err: Writable): Promise<number> {
  let parsed: ReturnType<typeof parseReportArgs>;
  try {
    parsed = parseReportArgs(args);
    if (parsed.rest.length > 0) throw new TypeError(`unexpected argument "${parsed.rest[0]}"`);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    err.write(`dockhand report: ${e.message}\n${REPORT_USAGE}\n`);
    return 2;
  }
  let report: Report;
  try {
    report = await loadReport(env, parsed.since);
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    err.write(`dockhand report: could not read the history: ${e.message}\nCheck DATABASE_URL (or DATA_DIR) and that the database is running.\n`);
    return 1;
  }
  out.write(renderReport(report, parsed.format));
  return 0;
}
