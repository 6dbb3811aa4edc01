/** Removes `<@U…>` mentions, so "@dockhand help" and "@dockhand ps" read as "help" and "ps". */
export function stripMentions(text: string): string {
  return text.replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, ' ').replace(/\s+/g, ' ').trim();
}

export function mentions(text: string, userId: string | undefined): boolean {
  return userId !== undefined && new RegExp(`<@${userId}(?:\\|[^>]*)?>`).test(text);
}
