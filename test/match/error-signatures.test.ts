import { describe, expect, it } from 'vitest';
import { createErrorSignatures, signatureWords } from '../../src/match/error-signatures.ts';
import { wordsOf } from '../../src/match/extract-features.ts';
import { foldText } from '../../src/match/fold-text.ts';

const words = (text: string) => new Set(wordsOf(foldText(text)));

describe('error signatures', () => {
  it('keep the fixed words of an error and drop ids, paths, numbers and quoted names', () => {
    expect(signatureWords(`Unable to find image 'hello-world:latest' locally`)).toEqual(['unable', 'find', 'image', 'locally']);
    expect(signatureWords('dial unix /var/run/docker.sock: connect: permission denied')).toEqual(['dial', 'unix', 'connect', 'permission', 'denied']);
  });

  it("recognise a learner's own instance of an error, pasted amid other text", () => {
    const sigs = createErrorSignatures(['Error response from daemon: You cannot remove a running container', 'the input device is not a TTY']);
    const pasted = 'hmm?\nError response from daemon: You cannot remove a running container 3f2a1b0c9d8e. Stop the container first';
    expect(sigs.find(words(pasted))).toEqual([sigs.ids[0]]);
    expect(sigs.find(words('how do I remove a container'))).toEqual([]);
  });

  it('ignore messages with too few fixed words to tell anything', () => {
    expect(createErrorSignatures(['Error: 123']).ids).toEqual([]);
  });
});
