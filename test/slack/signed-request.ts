import { createHmac } from 'node:crypto';
import { connect } from 'node:net';

export const SIGNING_SECRET = '0123456789abcdef0123456789abcdef';

/** Slack's request signature: v0=HMAC-SHA256(secret, "v0:<timestamp>:<raw body>"). */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  contentType?: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  signature?: string;
  headers?: Record<string, string>;
}

/** POSTs a body to the app exactly as Slack does: raw body, timestamp and signature headers. */
export async function sendSigned(url: string, body: string, opts: SendOptions = {}): Promise<{ status: number; text: string }> {
  const timestamp = opts.timestamp ?? Math.floor(Date.now() / 1000);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': opts.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': opts.signature ?? sign(body, timestamp),
      ...opts.headers,
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

const FORM = 'application/x-www-form-urlencoded';

export function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

/** A slash command as Slack sends it: form-encoded, with a response_url. */
export function sendCommand(url: string, fields: Record<string, string>, opts: SendOptions = {}) {
  return sendSigned(url, form(fields), { contentType: FORM, ...opts });
}

/** An interactivity payload: form-encoded `payload=<json>`. */
export function sendPayload(url: string, payload: unknown, opts: SendOptions = {}) {
  return sendSigned(url, form({ payload: JSON.stringify(payload) }), { contentType: FORM, ...opts });
}

/** A raw HTTP/1.1 exchange, for request targets fetch would never send; resolves with the status (0: no answer). */
export function rawRequest(port: number, head: string, body = '', waitMs = 2000): Promise<number> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let got = '';
    const done = () => {
      socket.destroy();
      resolve(Number(/^HTTP\/1\.1 (\d{3})/.exec(got)?.[1] ?? 0));
    };
    socket.on('data', (c) => {
      got += c.toString();
      if (got.includes('\r\n\r\n')) done();
    });
    socket.on('error', done);
    socket.on('close', done);
    setTimeout(done, waitMs);
    const length = body && !/content-length:/i.test(head) ? `content-length: ${Buffer.byteLength(body)}\r\n` : '';
    socket.write(`${head}\r\nhost: x\r\n${length}\r\n${body}`);
  });
}
