import { escapeMrkdwn } from './escape-mrkdwn.ts';

const FENCE = /^\s*```/;
const BOLD = '\u0001';

/** Inline Markdown → Slack mrkdwn, leaving `code` spans alone. */
function convertInline(line: string): string {
  return line
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : convertProse(part)))
    .join('');
}

function convertProse(text: string): string {
  return text
    .replace(/\*\*(.+?)\*\*|__(.+?)__/g, (_, a: string | undefined, b: string | undefined) => `${BOLD}${a ?? b}${BOLD}`)
    .replace(/(^|[^\w*])\*(?!\s)([^*]+?)\*(?!\w)/g, '$1_$2_')
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<$2|$1>')
    .replace(new RegExp(BOLD, 'g'), '*');
}

function convertLine(line: string): string {
  const heading = /^#{1,6}\s+(.*)$/.exec(line);
  if (heading) return `*${convertInline(heading[1] ?? '').replace(/\*/g, '')}*`;
  return convertInline(line.replace(/^(\s*)[-*+]\s+/, '$1• '));
}

/**
 * Card Markdown → Slack mrkdwn: bold is `*x*`, italics `_x_`, links `<url|text>`, no headings.
 * Code fences are kept (Slack renders them) but lose their language tag.
 */
export function toMrkdwn(markdown: string): string {
  let inFence = false;
  return escapeMrkdwn(markdown.replace(/\r\n/g, '\n'))
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) {
        inFence = !inFence;
        return '```';
      }
      return inFence ? line : convertLine(line);
    })
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
