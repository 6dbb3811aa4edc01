import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/match/fold-text.ts';
import { stepNumbers } from '../../src/match/step-references.ts';

describe('stepNumbers', () => {
  it.each([
    ['step 12, what does the $() do', [12]],
    ['In Step #9 why the dot', [9]],
    ['steps 7 to 10 are all aliases?', [7, 8, 9, 10]],
    ['第 12 步是什麼意思', [12]],
    ['第十二步', [12]],
    ['第二十點', [20]],
    ['步驟 14 的 -q', [14]],
    ['步骤3到5', [3, 4, 5]],
    ['第3條', [3]],
    ['I stepped on 12 lego bricks', []],
    ['第 99 步', []],
    ['port 8080', []],
  ])('%j → %j', (text, numbers) => {
    expect(stepNumbers(foldText(text)).sort((a, b) => a - b)).toEqual(numbers);
  });
});
