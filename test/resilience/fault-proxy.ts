import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { closeServer, recordWaiters } from '../helpers.ts';

/**
 * What the proxy does to one request: answer with an error, hold it until `until` settles and then
 * forward it, or drop the connection without an answer (the network failing).
 */
export type Fault = { status: number; headers?: Record<string, string>; body?: string } | { until: Promise<void> } | { drop: true };

export interface FaultProxy {
  url: string;
  /** Every path that reached the proxy, faulted or not, in arrival order. */
  arrivals: string[];
  /** Resolves once `count` requests for `path` have arrived. */
  arrived(path: string, count?: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Sits in front of the recording server and plays Slack having a bad day: the queued faults for a
 * path (or for `*`, any path without its own queue) are used up one request at a time, in order;
 * after that requests pass through untouched, so the recording server sees only what got through.
 */
export async function startFaultProxy(target: string, faults: Record<string, Fault[]>): Promise<FaultProxy> {
  const arrivals: string[] = [];
  const waiting = recordWaiters(arrivals);
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const path = (req.url ?? '/').split('?')[0]!;
      arrivals.push(path);
      waiting.notify();
      const fault = (faults[path] ?? faults['*'])?.shift();
      if (fault && 'drop' in fault) {
        req.socket.destroy();
        return;
      }
      if (fault && 'status' in fault) {
        res.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers }).end(fault.body ?? '{"ok":false}');
        return;
      }
      if (fault) await fault.until;
      const headers: Record<string, string> = {};
      for (const name of ['content-type', 'authorization']) if (req.headers[name]) headers[name] = String(req.headers[name]);
      const upstream = await fetch(`${target}${req.url}`, { method: req.method ?? 'POST', headers, body: Buffer.concat(chunks) });
      res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' }).end(await upstream.text());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    arrived: (path, count = 1) => waiting.waitFor((p) => p === path, count).then(() => undefined),
    close: () => closeServer(server),
  };
}
