import { msg } from '../../i18n/messages.ts';
import { dryRunVerdict } from '../../render/dry-run-table.ts';
import type { Reply } from '../../reply.ts';
import { commandText } from './command-text.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { clip } from './slack-limits.ts';
import { slackMsg } from './strings.ts';

/**
 * The plain `text` Slack shows in notifications and screen readers next to the blocks. Slack reads
 * `<!channel>` and links in it as markup too, so it is escaped like the blocks.
 */
export function fallbackText(reply: Reply): string {
  return escapeMrkdwn(plainText(reply));
}

function plainText(reply: Reply): string {
  const { lang } = reply;
  switch (reply.kind) {
    case 'answer':
      return clip(reply.card.title, 300);
    case 'suggestions':
      return clip(`${msg(lang, 'didYouMean')} ${reply.suggestions.map((x) => x.title).join(' · ')}`, 300);
    case 'no-answer':
      return msg(lang, 'noAnswer');
    case 'outside-notes':
      return clip(msg(lang, 'outsideNotes', { title: reply.topic.title }), 300);
    case 'help':
      return msg(lang, 'helpTitle');
    case 'run':
      return clip(commandText(reply.command), 300);
    case 'refused':
      return clip(`${msg(lang, 'refusedPrefix')}: ${reply.reason}`, 300);
    case 'dry-run':
      return clip(dryRunVerdict(reply), 300);
    case 'error':
      return clip(`${slackMsg(lang, 'error')}: ${reply.message}`, 300);
  }
}
