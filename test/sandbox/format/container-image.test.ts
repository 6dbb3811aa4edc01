import { describe, expect, it } from 'vitest';
import { containerImage } from '../../../src/sandbox/format/container-image.ts';
import { truncateId } from '../../../src/sandbox/format/truncate-id.ts';

const ID = 'sha256:3d429348b6bc82d1e07b071b320889f7385fff055465ec789c9de283a224250b';

describe('containerImage (ps IMAGE column)', () => {
  it('shows the short ID for a container started from an image ID', () => {
    expect(containerImage('3d429348b6bc82d1e07b', ID, true)).toBe('3d429348b6bc');
    expect(containerImage(ID, ID, true)).toBe('3d429348b6bc');
  });

  it('drops digests and the Docker Hub prefix, but not with --no-trunc', () => {
    expect(containerImage('docker.io/library/nginx:1.25@sha256:abc', ID, true)).toBe('nginx:1.25');
    expect(containerImage('docker.io/me/app', ID, true)).toBe('me/app');
    expect(containerImage('docker.io/library/nginx@sha256:abc', ID, false)).toBe('docker.io/library/nginx@sha256:abc');
  });

  it('says <no image> when the engine sends none', () => {
    expect(containerImage(undefined, undefined, true)).toBe('<no image>');
  });
});

describe('truncateId', () => {
  it('drops the algorithm and keeps 12 characters', () => {
    expect(truncateId(ID)).toBe('3d429348b6bc');
    expect(truncateId('<missing>')).toBe('<missing>');
    expect(truncateId('')).toBe('');
  });
});
