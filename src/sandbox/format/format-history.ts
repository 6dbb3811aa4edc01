import { ellipsis } from './ellipsis.ts';
import { formatQuiet, formatTable } from './format-table.ts';
import { humanSizeWithPrecision } from './human-size.ts';
import { createdAgo } from './human-duration.ts';
import { redactText } from './redact-text.ts';
import { truncateId } from './truncate-id.ts';

/** A `GET /images/{name}/history` item; Id is "<missing>" for layers built elsewhere. */
export interface EngineHistoryItem {
  Id?: string;
  Created?: number;
  CreatedBy?: string;
  Size?: number;
  Comment?: string;
}

export interface HistoryOptions {
  quiet?: boolean;
  noTrunc?: boolean;
  now: Date;
}

// Layers dated before 2000 (reproducible builds use 0) print N/A: the CLI's template falls back
// to it when CreatedSince is empty.
const EPOCH_2000 = 946684800;

function createdBy(item: EngineHistoryItem, trunc: boolean): string {
  const text = redactText((item.CreatedBy ?? '').replaceAll('\t', ' '));
  return trunc ? ellipsis(text, 45) : text;
}

/** `docker history IMAGE`: IMAGE, CREATED, CREATED BY (45 wide with "…"), SIZE, COMMENT. */
export function formatHistory(items: readonly EngineHistoryItem[], opts: HistoryOptions): string {
  const trunc = !opts.noTrunc;
  const id = (h: EngineHistoryItem) => (trunc ? truncateId(h.Id ?? '') : (h.Id ?? ''));
  if (opts.quiet) return formatQuiet(items.map(id));
  return formatTable(
    ['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'],
    items.map((h) => [
      id(h),
      (h.Created ?? 0) <= EPOCH_2000 ? 'N/A' : createdAgo(h.Created ?? 0, opts.now),
      createdBy(h, trunc),
      humanSizeWithPrecision(h.Size ?? 0, 3),
      h.Comment ?? '',
    ]),
  );
}
