import { createRequire } from 'node:module';
import { standInModule } from './stand-in-module.ts';

const require = createRequire(import.meta.url);

type WithSession = (...args: unknown[]) => unknown;

/**
 * dockerode requires its BuildKit session (`lib/session.js`) at import, and with it `@grpc/grpc-js`
 * and `@grpc/proto-loader`: measured, 3.1 MB of heap for the life of the process, for image builds a
 * read-only sandbox never starts. The stand-in loads the real session the first time one is opened.
 * Call it before dockerode is imported.
 */
export function deferBuildkitSession(): void {
  let path: string;
  try {
    path = createRequire(require.resolve('dockerode')).resolve('./session.js');
  } catch {
    return; // no dockerode, or a dockerode without a session module: nothing to defer
  }
  standInModule<WithSession>(path, (real) => (...args: unknown[]) => real()(...args));
}
