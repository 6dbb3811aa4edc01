/** The surface a Slack request body comes from, as metrics label it. */
export function requestSurface(body: unknown): string {
  const b = (body ?? {}) as { command?: unknown; type?: unknown; event?: { type?: unknown; channel_type?: unknown } };
  if (typeof b.command === 'string') return 'slash';
  if (b.type === 'block_actions') return 'button';
  if (b.type !== 'event_callback') return 'other';
  switch (b.event?.type) {
    case 'app_mention':
      return 'mention';
    case 'message':
      return b.event.channel_type === 'im' ? 'dm' : 'channel';
    case 'app_home_opened':
      return 'home';
    default:
      return 'event';
  }
}
