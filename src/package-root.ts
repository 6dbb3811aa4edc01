import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder holding Dockhand's package.json, found by walking up from `from`, so bundled assets
 * (package.json, knowledge/) resolve the same from `src/` under tsx and from the compiled `dist/`,
 * whatever the build's layout.
 */
export function packageRoot(from: string | URL = import.meta.url): string {
  const start = dirname(typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from));
  for (let dir = start; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'dockhand') return dir;
    if (dirname(dir) === dir) throw new Error(`no package.json of dockhand above ${start}`);
  }
}

export const PACKAGE_ROOT = packageRoot();
