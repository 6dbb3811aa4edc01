/**
 * Plural folding only (containers → container, namespaces → namespace): enough for card
 * vocabulary, and it never touches flags, `status=exited` or `ubuntu:14.04`.
 */
export function stem(token: string): string {
  if (!/^[a-z]{4,}$/.test(token)) return token;
  if (token.endsWith('ies') && token.length > 4) return `${token.slice(0, -3)}y`;
  if (token.endsWith('sses')) return token.slice(0, -2);
  if (/(?:ss|us|is|os|as)$/.test(token)) return token;
  if (token.endsWith('s')) return token.slice(0, -1);
  return token;
}
