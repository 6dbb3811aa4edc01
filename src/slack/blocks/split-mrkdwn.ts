const FENCE = '```';

/**
 * Splits mrkdwn into chunks of at most `max` characters at line ends, so each fits one section.
 * A code block cut in two is closed and reopened, so both halves still render as code.
 */
export function splitMrkdwn(text: string, max: number): string[] {
  const room = max - (FENCE.length + 1) * 2;
  if (room < 1) throw new RangeError(`max ${max} leaves no room for text`);
  const chunks: string[] = [];
  let lines: string[] = [];
  let size = 0;
  let inFence = false;
  let openedInFence = false;

  const flush = () => {
    if (lines.length === 0) return;
    const body = lines.join('\n');
    chunks.push(`${openedInFence ? `${FENCE}\n` : ''}${body}${inFence ? `\n${FENCE}` : ''}`);
    lines = [];
    size = 0;
    openedInFence = inFence;
  };

  for (const whole of text.split('\n')) {
    for (const line of pieces(whole, room)) {
      if (size + line.length + 1 > room) flush();
      lines.push(line);
      size += line.length + 1;
      if (line.trimStart().startsWith(FENCE)) inFence = !inFence;
    }
  }
  flush();
  return chunks.filter((c) => c.trim() !== '' && c.replace(/```/g, '').trim() !== '');
}

/** A line longer than a whole chunk is cut hard. */
function pieces(line: string, room: number): string[] {
  if (line.length <= room) return [line];
  const out: string[] = [];
  for (let i = 0; i < line.length; i += room) out.push(line.slice(i, i + room));
  return out;
}
