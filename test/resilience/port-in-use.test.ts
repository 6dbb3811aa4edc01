import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET } from '../slack/signed-request.ts';
import { spawnCli } from './spawn-cli.ts';

let taken: Server;
let port: number;
beforeAll(async () => {
  taken = createServer();
  await new Promise<void>((r) => taken.listen(0, r));
  port = (taken.address() as { port: number }).port;
});
afterAll(() => new Promise<void>((r) => taken.close(() => r())));

// The Web API is unreachable too: its retries must not keep a process that could not start alive.
const common = () => ({ SLACK_BOT_TOKEN: 'xoxb-test-token', PORT: String(port), SLACK_API_URL: 'http://127.0.0.1:1/api/', SANDBOX_DOCKER_HOST: 'unix:///nonexistent/port.sock' });

describe('PORT already taken', () => {
  for (const [mode, env] of [['HTTP mode', { SLACK_SIGNING_SECRET: SIGNING_SECRET }], ['Socket Mode (the ops port)', { SLACK_APP_TOKEN: 'xapp-1-A0APP-1-x' }]] as const) {
    it(`${mode}: exits 1 at once, naming PORT and the fix, with no stack trace`, async () => {
      const cli = spawnCli(['start'], { ...common(), ...env });
      expect(await cli.exited).toBe(1);
      expect(cli.stderr()).toMatch(new RegExp(`^dockhand: PORT ${port} is already in use: pick another PORT .*, or 0 for any free port\\n$`));
    });
  }
});
