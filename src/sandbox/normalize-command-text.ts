/**
 * Latin look-alikes from Cyrillic and Greek. NFKC leaves them alone, so without this "dоcker rm"
 * (Cyrillic о) would slip past the command check as prose instead of being refused as `rm`.
 */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ѕ: 's', і: 'i', ј: 'j', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c',
  т: 't', у: 'y', х: 'x', ԁ: 'd', һ: 'h', ԛ: 'q', ԝ: 'w', ո: 'n', ս: 'u',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  α: 'a', ο: 'o', ρ: 'p', ι: 'i', κ: 'k', ν: 'v', τ: 't', υ: 'u', χ: 'x',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Χ: 'X',
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'gu');

// Editors and chat clients "improve" what people paste: curly quotes, long dashes for `--`.
const TYPOGRAPHY: Record<string, string> = {
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2018': "'", '\u2019': "'", '\u2014': '--', '\u2013': '-', '\u2212': '-',
};
const TYPOGRAPHY_RE = /[\u201c\u201d\u201e\u2018\u2019\u2014\u2013\u2212]/g;

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * The text as the sandbox reads it: Unicode folded to what it looks like (NFKC, so fullwidth
 * `ｄｏｃｋｅｒ　ｒｍ` is `docker rm`), invisible format characters dropped, Slack's entities
 * decoded (so `&gt;` is seen as the redirect it is), a leading bot mention and a wrapping code span
 * removed. Whatever comes out still goes through the parser and policy: folding never makes
 * anything more permissive, it only makes disguised input look like what it is.
 */
export function normalizeCommandText(text: string): string {
  let out = text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    // Spaces NFKC leaves alone (U+1680 OGHAM SPACE MARK): a space to the eye is a space to the lexer.
    .replace(/\p{Zs}/gu, ' ')
    .replace(CONFUSABLE_RE, (c) => CONFUSABLES[c] ?? c)
    .replace(TYPOGRAPHY_RE, (c) => TYPOGRAPHY[c] ?? c)
    .replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e)
    .replace(/^\s*(?:<@[A-Z0-9]+(?:\|[^>]*)?>\s*)+/, '')
    .trim();
  const fenced = /^```([^`]*)```$/.exec(out) ?? /^`([^`]*)`$/.exec(out);
  if (fenced) out = fenced[1]!.trim();
  return out;
}
