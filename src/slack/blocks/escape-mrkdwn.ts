/** Slack reads `&`, `<` and `>` as markup in every mrkdwn text, even inside code blocks. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
