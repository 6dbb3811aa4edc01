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

describe('deferBuildkitSession', () => {
  it('dockerode loads without gRPC, and the first session opened loads the real one', () => {
    const got = fresh(`
      import { createRequire } from 'node:module';
      const require = createRequire(process.cwd() + '/package.json');
      const loaded = (part) => Object.keys(require.cache).some((k) => k.includes(part));
      (await import('./dist/ops/defer-buildkit-session.js')).deferBuildkitSession();
      const { default: Docker } = await import('dockerode');
      const before = { grpc: loaded('@grpc/grpc-js'), client: typeof new Docker({ socketPath: '/nonexistent.sock' }).modem.dial };
      // What dockerode does for a BuildKit build: open a session over the engine's /session.
      const withSession = createRequire(require.resolve('dockerode'))('./session.js');
      const failed = await new Promise((resolve) => withSession({ modem: { dial: (_opts, cb) => cb(new Error('no engine')) } }, null, (err) => resolve(err.message)));
      process.stdout.write(JSON.stringify({ before, failed, after: loaded('@grpc/grpc-js') }));
    `);
    expect(got).toEqual({ before: { grpc: false, client: 'function' }, failed: 'no engine', after: true });
  });
});
