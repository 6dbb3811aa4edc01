import type { Card } from './card-schema.ts';
import { TODO } from './draft-card.ts';

function todos(value: unknown, path: string, out: string[]): void {
  if (typeof value === 'string') {
    if (value.includes(TODO)) out.push(path);
  } else if (Array.isArray(value)) value.forEach((v, i) => todos(v, `${path}.${i}`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) todos(v, path ? `${path}.${k}` : k, out);
}

/**
 * What a draft still needs, one line each, naming the field: every TODO left, and related ids
 * that name no card. Empty means it is complete and can be published by deleting `draft: true`.
 */
export function draftProblems(card: Card, cardIds: ReadonlySet<string>): string[] {
  const { file: _file, draft: _draft, ...content } = card;
  const paths: string[] = [];
  todos(content, '', paths);
  const problems = paths.map((p) => `${p}: fill this in (it still says ${TODO})`);
  card.related.forEach((id, i) => {
    if (!cardIds.has(id) || id === card.id) problems.push(`related.${i}: no other card has id "${id}"`);
  });
  if (cardIds.has(card.id)) problems.push(`id: "${card.id}" is already used by a published card`);
  return problems;
}
