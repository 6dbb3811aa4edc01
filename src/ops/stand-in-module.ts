import { Module, createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Puts `exports` in the require cache as the module at `path`, so the packages that require it get
 * the stand-in; `real()` removes the stand-in and loads the module itself, once.
 */
export function standInModule<T>(path: string, makeExports: (real: () => T) => unknown): void {
  if (require.cache[path]) return;
  let loaded: T | undefined;
  const real = (): T => {
    if (loaded === undefined) {
      delete require.cache[path];
      loaded = require(path) as T;
    }
    return loaded;
  };
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = makeExports(real);
  require.cache[path] = standIn;
}
