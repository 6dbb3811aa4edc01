import type { IncomingMessage, ServerResponse } from 'node:http';
import { AuthorizationError, LogLevel, type Logger } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { answerUnprocessable } from '../../../src/slack/http/answer-unprocessable.ts';

const logger: Logger = {
  debug: () => {}, info: () => {}, warn: () => {}, error: () => {}, setLevel: () => {}, getLevel: () => LogLevel.WARN, setName: () => {},
};

/** Just enough of a ServerResponse to see what was written. */
function response(headersSent = false) {
  const written: number[] = [];
  const res = {
    headersSent,
    writeHead(status: number) {
      written.push(status);
      return res;
    },
    end: () => res,
  };
  return { res: res as unknown as ServerResponse, written };
}

const args = (error: Error, res: ServerResponse) => ({ error, logger, request: {} as IncomingMessage, response: res, storedResponse: undefined });

describe('answerUnprocessable', () => {
  it('answers 400, not 500, when Bolt fails on a body before any ack', async () => {
    const { res, written } = response();
    expect(await answerUnprocessable(args(new TypeError("Cannot use 'in' operator to search for 'channel' in null"), res))).toBe(false);
    expect(written).toEqual([400]);
  });

  it('keeps 401 for a failed authorization', async () => {
    const { res, written } = response();
    await answerUnprocessable(args(new AuthorizationError('no installation', new Error('x')), res));
    expect(written).toEqual([401]);
  });

  it('writes nothing once the ack has gone out', async () => {
    const { res, written } = response(true);
    expect(await answerUnprocessable(args(new Error('after ack'), res))).toBe(false);
    expect(written).toEqual([]);
  });
});
