import { AuthorizationError, HTTPModuleFunctions, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';

/**
 * Our listeners ack before any work and report their own failures (`app.error`), so an error that
 * reaches the receiver before the ack comes from Bolt failing to make sense of a well-signed but
 * malformed body (e.g. `"event": null`): that is the sender's fault, 400, not a 500.
 */
export async function answerUnprocessable(args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> {
  if (args.response.headersSent || args.error instanceof AuthorizationError) {
    return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
  }
  args.logger.warn(`Refused a Slack request Bolt could not process (400): ${args.error.message}`);
  HTTPModuleFunctions.buildNoBodyResponse(args.response, 400);
  return false;
}
