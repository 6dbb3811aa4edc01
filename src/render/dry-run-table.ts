import { msg } from '../i18n/messages.ts';
import type { DryRunItem, DryRunReply } from '../reply.ts';
import { formatTable } from '../sandbox/format/format-table.ts';

const OUTCOME = { removed: 'dryRunRemoved', refused: 'dryRunRefused', kept: 'dryRunKept' } as const;

/** The one-line verdict: nothing was removed, and what docker would do right now. */
export function dryRunVerdict({ lang, total, command }: Pick<DryRunReply, 'lang' | 'total' | 'command'>): string {
  if (total.removed + total.refused + total.kept === 0) return msg(lang, 'dryRunNone');
  // prune never refuses: it keeps what it may not remove, without a word.
  return msg(lang, command.includes('prune') ? 'dryRunPrune' : 'dryRunRemove', total);
}

function row(item: DryRunItem, objects: DryRunReply['objects'], lang: DryRunReply['lang']): string[] {
  const would = msg(lang, item.removedLater ? 'dryRunRemovedLater' : OUTCOME[item.outcome]);
  return objects === 'containers' ? [item.id, item.name, item.image, item.status, would] : [item.id, item.name, item.status || '–', would];
}

/**
 * Each item as a table row (ID, name, image, status, what docker would do), aligned like the docker
 * CLI's tables, with docker's own refusal text under every item it would refuse.
 */
export function dryRunTable({ lang, objects, items, total }: Pick<DryRunReply, 'lang' | 'objects' | 'items' | 'total'>): string {
  if (items.length === 0) return '';
  const header = objects === 'containers'
    ? ['CONTAINER ID', 'NAME', 'IMAGE', 'STATUS', msg(lang, 'dryRunWould')]
    : ['IMAGE ID', 'REPOSITORY:TAG', 'USED BY', msg(lang, 'dryRunWould')];
  const lines = formatTable(header, items.map((i) => row(i, objects, lang))).trimEnd().split('\n');
  const out = [lines[0]!];
  items.forEach((item, i) => {
    out.push(lines[i + 1]!);
    if (item.refusal) out.push(`  ↳ ${item.refusal}`);
  });
  const hidden = total.removed + total.refused + total.kept - items.length;
  if (hidden > 0) out.push(msg(lang, 'dryRunMore', { n: hidden }));
  return `${out.join('\n')}\n`;
}
