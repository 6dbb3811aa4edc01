import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/match/tokenize.ts';

describe('tokenize', () => {
  it('lowercases English words', () => {
    expect(tokenize('Remove Exited Containers')).toEqual(['remove', 'exited', 'containers']);
  });
  it('segments Chinese into words', () => {
    expect(tokenize('刪除退出的容器')).toEqual(['刪除', '退出', '的', '容器']);
  });
  it('splits Chinese glued to English', () => {
    expect(tokenize('不用sudo執行docker')).toEqual(['不用', 'sudo', '執行', 'docker']);
  });
  it('keeps docker flags and filters whole', () => {
    expect(tokenize('docker container ls -aq -f "status=exited" --no-trunc')).toEqual([
      'docker', 'container', 'ls', '-aq', '-f', 'status=exited', '--no-trunc',
    ]);
  });
  it('does not read a hyphen inside a word as a flag', () => {
    expect(tokenize('hello-world')).toEqual(['hello', 'world']);
  });
  it('keeps tags and file names', () => {
    expect(tokenize('pull ubuntu:14.04 and compile hello.c')).toEqual(['pull', 'ubuntu:14.04', 'and', 'compile', 'hello.c']);
  });
  it('treats curly and straight apostrophes alike', () => {
    expect(tokenize('what’s')).toEqual(tokenize("what's"));
  });
  it('returns nothing for empty, punctuation or emoji-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('?!… 😀🐳')).toEqual([]);
  });
});
