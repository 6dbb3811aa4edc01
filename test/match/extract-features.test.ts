import { describe, expect, it } from 'vitest';
import { createConceptFinder } from '../../src/match/concept-finder.ts';
import { createErrorSignatures } from '../../src/match/error-signatures.ts';
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, stemWord, wordsOf } from '../../src/match/extract-features.ts';

const options = {
  ...DEFAULT_FEATURE_OPTIONS,
  errors: createErrorSignatures(['the input device is not a TTY']),
  concepts: createConceptFinder([{ name: 'remove', words: ['remove', '刪除'] }]),
  correct: (w: string) => (w === 'contianer' ? 'container' : null),
  steps: new Map([[12, ['remove-all-containers']]]),
};
const keys = (text: string) => [...extractFeatures(text, options).keys()];

describe('extractFeatures', () => {
  it('reads words, word pairs, letter n-grams, flags and the command substitution', () => {
    const k = keys('docker rm $(docker ps -aq)');
    expect(k).toEqual(expect.arrayContaining(['w:docker', 'w:rm', 'b:docker rm', 'c:<doc', 'f:-aq', 'f:-a', 'f:-q', 'f:$(']));
  });
  it('reads Han characters and their pairs and triples, in one script', () => {
    expect(keys('刪除容器')).toEqual(expect.arrayContaining(['h:删', 'h:删除', 'h:删除容', 'k:remove']));
    expect(keys('删除容器').sort()).toEqual(keys('刪除容器').sort());
  });
  it('fixes typos, recognises pasted errors, and points step numbers at the cards that teach them', () => {
    expect(keys('list contianer')).toContain('w:container');
    expect(keys('docker run -it says: the input device is not a TTY')).toContain(`e:${options.errors.ids[0]}`);
    expect(keys('step 12, what does it do')).toContain('st:remove-all-containers');
  });
  it('gives each block unit length (times its weight), so a long paste does not outweigh a short question', () => {
    const f = extractFeatures('docker\n'.repeat(500), options);
    expect(f.get('w:docker')).toBeCloseTo(DEFAULT_FEATURE_OPTIONS.blocks.word, 6);
  });
  it('splits compound words and folds plurals only', () => {
    expect(wordsOf('status=exited containers')).toEqual(['status=exited', 'status', 'exited', 'container']);
    expect(['images', 'status', 'processes', 'libraries'].map(stemWord)).toEqual(['image', 'status', 'process', 'library']);
  });
});
