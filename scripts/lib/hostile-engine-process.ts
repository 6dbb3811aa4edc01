/**
 * The hostile fake engine (test/sandbox/hostile-engine.ts) in a process of its own, for benches:
 * sending 600 MB must not cost the measuring process's event loop. Prints `{"host": …}` once
 * listening; stops on SIGTERM.
 */
import { startHostileEngine, type ListMode } from '../../test/sandbox/hostile-engine.ts';

const engine = await startHostileEngine({ lists: (process.argv[2] as ListMode | undefined) ?? 'normal', floodMs: 60_000 });
process.stdout.write(`${JSON.stringify({ host: engine.host })}\n`);
process.on('SIGTERM', () => {
  void engine.close().then(() => process.exit(0));
});
