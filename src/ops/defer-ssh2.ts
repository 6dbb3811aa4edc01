import { createRequire, Module } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * docker-modem requires `ssh2` at import for `ssh://` engines, and `ssh2` compiles a WebAssembly
 * Poly1305 with a 16 MB heap and probes every cipher as it loads: measured, 17 MB of heap for the
 * whole life of the process and about 0.1 s of start-up, for a transport a unix or tcp sandbox
 * never uses. This puts a stand-in for `ssh2` in the require cache whose `Client` loads the real
 * module the first time an ssh:// connection is made. Call it before dockerode is imported.
 */
export function deferSsh2(): void {
  let path: string;
  try {
    path = createRequire(require.resolve('docker-modem')).resolve('ssh2');
  } catch {
    return; // no docker-modem or no ssh2: nothing to defer
  }
  if (require.cache[path]) return;
  let real: { Client: new (...args: unknown[]) => object } | undefined;
  const load = () => {
    if (!real) {
      delete require.cache[path];
      real = require(path) as NonNullable<typeof real>;
    }
    return real;
  };
  // `new Client()` on the stand-in returns a real ssh2 Client (a constructor may return an object).
  class Client {
    constructor(...args: unknown[]) {
      return new (load().Client)(...args);
    }
  }
  const standIn = new Module(path);
  standIn.filename = path;
  standIn.loaded = true;
  standIn.exports = { Client };
  require.cache[path] = standIn;
}
