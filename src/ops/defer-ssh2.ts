import { createRequire } from 'node:module';
import { standInModule } from './stand-in-module.ts';

const require = createRequire(import.meta.url);

type Ssh2 = { Client: new (...args: unknown[]) => object };

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
  standInModule<Ssh2>(path, (real) => ({
    // `new Client()` on the stand-in returns a real ssh2 Client (a constructor may return an object).
    Client: class Client {
      constructor(...args: unknown[]) {
        return new (real().Client)(...args);
      }
    },
  }));
}
