/**
 * The benchmark's Slack side, in a process of its own so that recording replies does not slow the
 * load generator: the test suite's recording server, asked over IPC for the replies it got.
 * Each answer lists the final replies (placeholders aside) by response_url hook, then forgets them.
 */
import { startRecordingServer } from '../../test/slack/recording-server.ts';

export interface SinkReport {
  /** Hook numbers (the `/respond/<n>` path) of final replies. */
  hooks: number[];
  /** Of those, replies saying the sandbox was unreachable or slow. */
  sandboxErrors: number;
  /** Of those, rate-limit refusals. */
  rateLimited: number;
}

const sink = await startRecordingServer();

function report(): SinkReport {
  const finals = sink.requests.filter((r) => r.path.startsWith('/respond/') && !String(r.body.text ?? '').startsWith('running `docker'));
  sink.requests.length = 0;
  const said = finals.map((r) => JSON.stringify(r.body));
  return {
    hooks: finals.map((r) => Number(r.path.slice('/respond/'.length))),
    sandboxErrors: said.filter((t) => /isn't reachable|didn't answer (?:in time|within)/.test(t)).length,
    rateLimited: said.filter((t) => /which is the limit/.test(t)).length,
  };
}

process.on('message', (m) => {
  if (m === 'report') process.send!(report());
  if (m === 'stop') void sink.close().then(() => process.exit(0));
});
process.send!({ url: sink.url, responseUrl: sink.responseUrl });
