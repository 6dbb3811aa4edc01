import { describe, expect, it } from 'vitest';
import { createConceptFinder } from '../../src/match/concept-finder.ts';
import { wordsOf } from '../../src/match/extract-features.ts';
import { foldText } from '../../src/match/fold-text.ts';

const finder = createConceptFinder([
  { name: 'remove', words: ['remove', 'get rid of', '刪除', '清掉'] },
  { name: 'container', words: ['container', '容器'] },
  { name: 'subshell', words: ['$(', 'command substitution'] },
]);
const find = (text: string) => {
  const folded = foldText(text);
  return finder.find(folded, wordsOf(folded)).sort();
};

describe('createConceptFinder', () => {
  it('finds English words and phrases, plural-folded', () => {
    expect(find('How do I get rid of old containers')).toEqual(['container', 'remove']);
  });
  it('finds Chinese words in either script inside a run', () => {
    expect(find('怎麼刪除容器')).toEqual(['container', 'remove']);
    expect(find('怎么删除容器')).toEqual(['container', 'remove']);
  });
  it('finds symbols as written, and nothing in unrelated text', () => {
    expect(find('what does $( ) do')).toEqual(['subshell']);
    expect(find('lunch at noon?')).toEqual([]);
  });
});
