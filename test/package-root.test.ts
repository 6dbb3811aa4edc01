import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT, packageRoot } from '../src/package-root.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url)).replace(/\/$/, '');

describe('packageRoot', () => {
  it('is the repository root from the sources', () => {
    expect(PACKAGE_ROOT).toBe(ROOT);
  });

  it('finds the dockhand package.json from any depth (src/, dist/, dist/src/…), skipping other packages on the way', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'dh-root-'));
    try {
      writeFileSync(join(tmp, 'package.json'), '{"name":"dockhand"}');
      mkdirSync(join(tmp, 'dist', 'src', 'knowledge'), { recursive: true });
      // A package.json of another name on the way up (as npm puts in some build folders) is not ours.
      writeFileSync(join(tmp, 'dist', 'package.json'), '{"type":"module"}');
      expect(packageRoot(pathToFileURL(join(tmp, 'dist', 'src', 'knowledge', 'load-cards.js')))).toBe(tmp);
      expect(packageRoot(join(tmp, 'dist', 'cli.js'))).toBe(tmp);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('says where it looked when there is no dockhand package above', () => {
    expect(() => packageRoot('/tmp/nowhere/x.js')).toThrow(/no package.json of dockhand above \/tmp\/nowhere/);
  });
});
