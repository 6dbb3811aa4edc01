import { HTTPReceiverDeferredRequestError, type ReceiverDispatchErrorHandlerArgs } from '@slack/bolt';
import { cleanCell } from '../../sandbox/format/clean-text.ts';

/**
 * Bolt's receiver throws for a request it has no route for (404) and for anything else that goes
 * wrong before routing, which its default handler answers 500. Whatever reaches here came from
 * what the sender sent, so it is a 404 or a 400, never a 5xx.
 */
export function answerUnroutable({ error, logger, request, response }: ReceiverDispatchErrorHandlerArgs): void {
  const status = error instanceof HTTPReceiverDeferredRequestError ? 404 : 400;
  if (status === 400) logger.warn(`Refused a request Bolt could not route (400): ${cleanCell(error.message.slice(0, 300))}`);
  else logger.debug(`No route for ${request.method ?? '?'} ${cleanCell((request.url ?? '').slice(0, 200))} (404)`);
  if (!response.headersSent) response.writeHead(status).end();
}
