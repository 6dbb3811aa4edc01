import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/** Just enough of RFC 6455 to play Slack's Socket Mode endpoint: text frames, ping/pong, close. */
export interface TinyWebSocketServer {
  url: string;
  /** Sends a JSON text frame to the connected client. */
  send(message: unknown): void;
  /** Resolves with the first message from the client matching `pick`. */
  next(pick: (m: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  connected: Promise<void>;
  close(): Promise<void>;
}

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, len]) : Buffer.from([0x80 | opcode, 126, len >> 8, len & 0xff]);
  if (len >= 65536) throw new RangeError('frame too large for this test server');
  return Buffer.concat([head, payload]);
}

/** Parses complete client frames off `buffer`; returns the rest. Client frames are always masked. */
function parseFrames(buffer: Buffer, onFrame: (opcode: number, payload: Buffer) => void): Buffer {
  while (buffer.length >= 2) {
    const opcode = buffer[0]! & 0x0f;
    let len = buffer[1]! & 0x7f;
    let offset = 2;
    if (len === 126) {
      len = buffer.readUInt16BE(2);
      offset = 4;
    } else if (len === 127) {
      len = Number(buffer.readBigUInt64BE(2));
      offset = 10;
    }
    if (buffer.length < offset + 4 + len) break;
    const mask = buffer.subarray(offset, offset + 4);
    const payload = Buffer.from(buffer.subarray(offset + 4, offset + 4 + len).map((b, i) => b ^ mask[i % 4]!));
    onFrame(opcode, payload);
    buffer = buffer.subarray(offset + 4 + len);
  }
  return buffer;
}

export async function startTinyWebSocketServer(): Promise<TinyWebSocketServer> {
  const received: Record<string, unknown>[] = [];
  const waiters = new Set<() => void>();
  let socket: Duplex | undefined;
  let onConnect!: () => void;
  const connected = new Promise<void>((r) => (onConnect = r));
  const server: Server = createServer((_req, res) => res.writeHead(426).end());
  server.on('upgrade', (req, sock: Duplex) => {
    const accept = createHash('sha1').update(`${req.headers['sec-websocket-key']}${GUID}`).digest('base64');
    sock.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
    socket = sock;
    let pending: Buffer = Buffer.alloc(0);
    sock.on('data', (chunk: Buffer) => {
      pending = parseFrames(Buffer.concat([pending, chunk]), (opcode, payload) => {
        if (opcode === 0x9) sock.write(frame(0xa, payload));
        if (opcode === 0x8) sock.end(frame(0x8, Buffer.alloc(0)));
        if (opcode === 0x1) {
          received.push(JSON.parse(payload.toString('utf8')) as Record<string, unknown>);
          for (const wake of waiters) wake();
        }
      });
    });
    sock.on('error', () => {});
    onConnect();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/link`,
    connected,
    send: (message) => socket?.write(frame(0x1, Buffer.from(JSON.stringify(message)))),
    next: (pick) =>
      new Promise((resolve) => {
        const check = () => {
          const found = received.find(pick);
          if (!found) return;
          waiters.delete(check);
          resolve(found);
        };
        waiters.add(check);
        check();
      }),
    close: () =>
      new Promise<void>((r) => {
        socket?.destroy();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
