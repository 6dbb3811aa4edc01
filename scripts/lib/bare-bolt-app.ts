/**
 * The benchmark's baseline: a Bolt 5 app in HTTP mode that only acks `/docker`, configured like
 * Dockhand (same receiver defaults, Web API pointed at the same place). Run as its own process;
 * prints `{"msg":"bare app listening","port":N}` on stdout.
 */
import { App, LogLevel } from '@slack/bolt';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

const app = new App({
  token: process.env.SLACK_BOT_TOKEN,
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  processBeforeResponse: false,
  logLevel: LogLevel.WARN,
  clientOptions: { slackApiUrl: process.env.SLACK_API_URL },
});
app.command('/docker', async ({ ack }) => {
  await ack();
});
const server = (await app.start(0)) as Server;
process.stdout.write(`${JSON.stringify({ msg: 'bare app listening', port: (server.address() as AddressInfo).port })}\n`);
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
