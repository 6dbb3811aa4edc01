/**
 * The benchmarks' baseline: a Bolt 5 app in HTTP mode that only acks `/docker`, configured like
 * Dockhand (same receiver defaults, Web API pointed at the same place). Plain JavaScript, so it
 * runs under plain `node` exactly as the compiled Dockhand does (no loader in either). Run as its
 * own process; prints `{"msg":"bare app listening","port":N}` on stdout.
 */
import bolt from '@slack/bolt';

const { App, LogLevel } = bolt;
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
const server = await app.start(Number(process.env.PORT ?? 0));
process.stdout.write(`${JSON.stringify({ msg: 'bare app listening', port: server.address().port })}\n`);
process.once('SIGTERM', () => void app.stop().then(() => process.exit(0)));
