import { msg, msgList, sourceLabel } from '../i18n/messages.ts';
import type { AnswerReply, DryRunReply, OutsideNotesReply, Reply } from '../reply.ts';
import { dryRunTable, dryRunVerdict } from './dry-run-table.ts';

/** "Label: value", with the full-width colon Chinese text uses. */
function label(lang: Reply['lang'], key: Parameters<typeof msg>[1]): string {
  return `${msg(lang, key)}${lang === 'en' ? ': ' : '：'}`;
}

function renderHelp(lang: Reply['lang']): string {
  return [
    msg(lang, 'helpTitle'),
    '',
    msg(lang, 'helpAsk'),
    ...msgList(lang, 'helpAskExamples').map((q) => `  /docker ${q}`),
    '',
    msg(lang, 'helpRun'),
    ...msgList(lang, 'helpRunExamples').map((c) => `  /docker ${c}`),
    '',
    msg(lang, 'helpSafe'),
  ].join('\n');
}

function renderAnswer({ card, lang }: AnswerReply): string {
  const lines = [`*${card.title}*`, '', card.body];
  if (card.commands.length > 0) {
    lines.push('', label(lang, 'commands').trimEnd());
    for (const c of card.commands) {
      lines.push(`  $ ${c.cmd}${c.readOnly ? `    (${msg(lang, 'readOnlyHint')})` : ''}`);
      if (c.note) lines.push(`    ${c.note}`);
    }
  }
  lines.push('', `${sourceLabel(lang)}${lang === 'en' ? ': ' : '：'}${card.source}`);
  if (card.related.length > 0) lines.push(`${label(lang, 'related')}${card.related.map((r) => r.title).join(' · ')}`);
  return lines.join('\n');
}

function renderOutsideNotes({ topic, nearest, lang }: OutsideNotesReply): string {
  const lines = [msg(lang, 'outsideNotes', { title: topic.title }), topic.summary, `${label(lang, 'docs')}${topic.docs}`];
  if (nearest) lines.push(`${label(lang, 'nearestCard')}${nearest.title}`);
  return lines.join('\n');
}

function renderDryRun(reply: DryRunReply): string {
  const { lang } = reply;
  const lines = [`$ ${reply.command.join(' ')}`, dryRunVerdict(reply)];
  if (reply.items.length > 0) lines.push(dryRunTable(reply).trimEnd());
  lines.push(`(${label(lang, 'listedWith')}${reply.listed.join(' ')})`);
  if (reply.card) lines.push(`${label(lang, 'learnIt')}${reply.card.title}`);
  return lines.join('\n');
}

/** The Reply as a person reads it in a terminal: the shell, `ask`, and the JSON `text` field. */
export function renderText(reply: Reply): string {
  switch (reply.kind) {
    case 'help':
      return renderHelp(reply.lang);
    case 'answer':
      return renderAnswer(reply);
    case 'suggestions':
      return [msg(reply.lang, 'didYouMean'), ...reply.suggestions.map((s, i) => `  ${i + 1}. ${s.title}`)].join('\n');
    case 'no-answer':
      return msg(reply.lang, 'noAnswer');
    case 'outside-notes':
      return renderOutsideNotes(reply);
    case 'run':
      return `$ ${reply.command.join(' ')}\n${reply.output.trimEnd()}`;
    case 'refused': {
      const head = reply.command ? `$ ${reply.command.join(' ')}\n` : '';
      const learn = reply.card ? `\n${label(reply.lang, 'learnIt')}${reply.card.title}` : '';
      return `${head}${label(reply.lang, 'refusedPrefix')}${reply.reason}${learn}`;
    }
    case 'dry-run':
      return renderDryRun(reply);
    case 'error':
      return `${reply.command ? `$ ${reply.command.join(' ')}\n` : ''}${reply.message}`;
  }
}
