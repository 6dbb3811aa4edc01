import { describe, expect, it } from 'vitest';
import { formatImages, type EngineImage } from '../../../src/sandbox/format/format-images.ts';
import { engineJson, golden, NOW } from './engine-fixture.ts';

const images = engineJson<EngineImage[]>('images.json');

describe('formatImages', () => {
  it('prints the table exactly as the CLI did (<none>, digest-only, registry port, 1e+03kB, ties to even)', () => {
    expect(formatImages(images, { now: NOW })).toBe(golden('images-all.txt'));
  });

  it('prints -q --no-trunc with one full ID per row, repeats included', () => {
    expect(formatImages(images, { now: NOW, quiet: true, noTrunc: true })).toBe(golden('images-quiet-no-trunc.txt'));
  });

  it('prints a row per repository for an image tagged in two repositories', () => {
    const out = formatImages([{ Id: 'sha256:' + 'b'.repeat(64), RepoTags: ['a/x:1', 'b/y:2'], Created: 1795812000, Size: 1 }], { now: NOW });
    expect(out.split('\n').filter((l) => l.includes('bbbbbbbbbbbb')).map((l) => l.split(/\s+/).slice(0, 2))).toEqual([
      ['a/x', '1'],
      ['b/y', '2'],
    ]);
  });

  it('prints only the header for no images', () => {
    expect(formatImages([], { now: NOW })).toBe('REPOSITORY   TAG       IMAGE ID   CREATED   SIZE\n');
  });
});
