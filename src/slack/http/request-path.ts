/**
 * The path a request is routed by, exactly as Bolt computes it (WHATWG URL parsing against a
 * dummy origin: `//x/slack/events`, `/slack/./events`, `/slack/%2e/events`, `/slack\events` and
 * `http://h/slack/events` are all `/slack/events`), or null when the target does not parse at
 * all (`//`, `http://[`, `http://a:99999/`), where Bolt would throw.
 */
export function requestPath(url: string | undefined): string | null {
  if (url === undefined || url.length > 8192) return null;
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return null;
  }
}
