import { HTTPReceiver, defaultBodyLimit, type CustomRoute, type Logger } from '@slack/bolt';
import { answerUnprocessable } from './answer-unprocessable.ts';
import { refuseShapelessBodies } from './refuse-shapeless-bodies.ts';

export const EVENTS_PATH = '/slack/events';

/** Bolt's HTTP receiver with a health check, and malformed signed bodies answered 4xx instead of 5xx or a crash. */
export function createHttpReceiver(signingSecret: string, logger: Logger, routes: CustomRoute[] = []): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret,
    endpoints: [EVENTS_PATH],
    logger,
    // Ack first, work after: Slack's 3-second limit never waits on the sandbox.
    processBeforeResponse: false,
    bodyLimit: defaultBodyLimit,
    processEventErrorHandler: answerUnprocessable,
    customRoutes: [{ path: '/healthz', method: ['GET'], handler: (_req, res) => res.writeHead(200).end('ok') }, ...routes],
  });
  // The server looks the listener up on every request, so wrapping the property is enough.
  receiver.requestListener = refuseShapelessBodies(receiver.requestListener, [EVENTS_PATH], logger, defaultBodyLimit);
  return receiver;
}
