import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs an ES module in a fresh node (a clean require cache) against the compiled dist/. */
function fresh(code: string): Record<string, unknown> {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

const PRELUDE = `
import { createRequire } from 'node:module';
const require = createRequire(process.cwd() + '/package.json');
const loaded = (part) => Object.keys(require.cache).some((k) => k.includes(part));
`;

describe('deferSsh2', () => {
  it('dockerode loads without ssh2 and its WebAssembly, until an ssh:// connection is made', () => {
    const got = fresh(`${PRELUDE}
      (await import('./dist/ops/defer-ssh2.js')).deferSsh2();
      await import('dockerode');
      const before = loaded('ssh2/lib/protocol/crypto');
      // What docker-modem does for an ssh:// engine: build an agent around a new ssh2 Client.
      const agent = require('docker-modem/lib/ssh.js')({ host: '127.0.0.1', port: 1 });
      process.stdout.write(JSON.stringify({ before, after: loaded('ssh2/lib/protocol/crypto'), agent: typeof agent.createConnection }));
    `);
    expect(got).toEqual({ before: false, after: true, agent: 'function' });
  });

  it('hands out the real ssh2 Client', () => {
    const got = fresh(`${PRELUDE}
      (await import('./dist/ops/defer-ssh2.js')).deferSsh2();
      const modemRequire = createRequire(require.resolve('docker-modem'));
      const { Client } = modemRequire('ssh2');
      const client = new Client();
      const real = modemRequire('ssh2').Client;
      process.stdout.write(JSON.stringify({ real: client instanceof real, connect: typeof client.connect, same: real !== Client }));
    `);
    expect(got).toEqual({ real: true, connect: 'function', same: true });
  });
});
