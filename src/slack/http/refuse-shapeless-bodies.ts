import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { HTTPModuleFunctions, isRawBodyError, type Logger } from '@slack/bolt';

const { bufferIncomingMessage, buildNoBodyResponse, parseHTTPRequestBody } = HTTPModuleFunctions;

/** True when the body parses (as Bolt parses it) to something other than an object, e.g. `null`. */
function shapeless(req: Parameters<typeof parseHTTPRequestBody>[0]): boolean {
  let body: unknown;
  try {
    body = parseHTTPRequestBody(req);
  } catch {
    // Unparseable bodies are Bolt's to refuse (after its signature check): 401 or 400.
    return false;
  }
  return typeof body !== 'object' || body === null || Array.isArray(body);
}

function refuse(res: ServerResponse, status: number, logger: Logger, why: string): void {
  logger.warn(`Refused a request to the Slack endpoint (${status}): ${why}`);
  if (!res.headersSent) buildNoBodyResponse(res, status);
}

/**
 * Bolt's HTTP receiver dereferences the parsed body before any error handling, so a body (or
 * `payload=`) of `null` kills the process with an uncaught TypeError. This reads the body once (Bolt
 * reuses it, signature check included) and answers 400 for anything that is not an object.
 */
export function refuseShapelessBodies(listener: RequestListener, endpoints: readonly string[], logger: Logger, bodyLimit: number): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (req.method !== 'POST' || !endpoints.includes(path)) return listener(req, res);
    bufferIncomingMessage(req, bodyLimit).then(
      (buffered) => {
        if (shapeless(buffered)) return refuse(res, 400, logger, 'the body is not a JSON object');
        listener(buffered, res);
      },
      (err: unknown) => {
        const tooLarge = isRawBodyError(err) && err.statusCode === 413;
        // Read the rest and throw it away: a sender cut off mid-upload sees a reset, not the 413.
        req.resume();
        res.setHeader('connection', 'close');
        refuse(res, tooLarge ? 413 : 400, logger, tooLarge ? `the body is over ${bodyLimit} bytes` : `the body could not be read (${(err as Error).message})`);
      },
    );
  };
}
