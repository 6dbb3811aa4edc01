import { HTTPReceiver, type CustomRoute, type Logger } from '@slack/bolt';
import { answerUnprocessable } from './answer-unprocessable.ts';
import { answerUnroutable } from './answer-unroutable.ts';
import { GUARD_DEFAULTS, guardSlackRequests } from './guard-slack-requests.ts';

export const EVENTS_PATH = '/slack/events';

/**
 * Bolt's HTTP receiver with a health check and the ops routes (`/readyz`, `/metrics`), behind a
 * guard (caps on every body before its signature is checked, on every spelling of the path;
 * replays and shapeless bodies refused), and error handlers that answer 4xx where Bolt's defaults
 * answer 5xx or crash.
 */
export function createHttpReceiver(signingSecret: string, logger: Logger, routes: CustomRoute[] = []): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: [EVENTS_PATH],
    logger,
    // Ack first, work after: Slack's 3-second limit never waits on the sandbox.
    processBeforeResponse: false,
    bodyLimit: GUARD_DEFAULTS.maxBodyBytes,
    processEventErrorHandler: answerUnprocessable,
    dispatchErrorHandler: answerUnroutable,
    customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.writeHead(200).end('ok') }, ...routes],
  });
  // The server looks the listener up on every request, so wrapping the property is enough.
  receiver.requestListener = guardSlackRequests(receiver.requestListener, { endpoints: [EVENTS_PATH], signingSecret, logger });
  return receiver;
}
