import { describe, expect, it } from 'vitest';
import { afterPendingAcks } from '../../src/slack/after-acks.ts';

describe('afterPendingAcks', () => {
  it('lets waiting work go one caller per event-loop turn, first come first served', async () => {
    let turn = 0;
    let ticking = true;
    const tick = () => {
      turn++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const seen: Array<[number, number]> = [];
    await Promise.all([1, 2, 3, 4].map((n) => afterPendingAcks().then(() => seen.push([n, turn]))));
    ticking = false;
    expect(seen.map(([n]) => n)).toEqual([1, 2, 3, 4]);
    const turns = seen.map(([, t]) => t);
    expect(new Set(turns).size).toBe(4);
  });

  it('lets a network callback in between two waiting callers', async () => {
    const { createServer, request } = await import('node:http');
    const server = createServer((_req, res) => res.end('ok'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as { port: number };
    const order: string[] = [];
    await new Promise<void>((done) => {
      request({ port, host: '127.0.0.1' }, (res) => {
        res.resume();
        res.on('end', () => {
          order.push('response');
          done();
        });
      }).end();
    });
    // Many callers queue; the network answer above is not held back behind all of them.
    const queued = Array.from({ length: 50 }, () => afterPendingAcks().then(() => order.push('job')));
    const reply = new Promise<void>((done) =>
      request({ port, host: '127.0.0.1' }, (res) => {
        res.resume();
        res.on('end', () => {
          order.push('response');
          done();
        });
      }).end(),
    );
    await Promise.all([...queued, reply]);
    server.close();
    expect(order.lastIndexOf('response')).toBeLessThan(order.length - 1);
  });
});
