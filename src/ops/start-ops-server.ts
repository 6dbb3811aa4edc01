import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OpsRoute } from './ops-routes.ts';

export interface OpsServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Socket Mode has no HTTP server of its own; this small one serves `/healthz`, `/readyz` and
 * `/metrics` on `port` (0 = any free port) for probes and Prometheus, and nothing else.
 */
export async function startOpsServer(port: number, routes: readonly OpsRoute[]): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const route = routes.find((r) => r.path === path);
    if (!route) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
    if (!route.method.includes(req.method ?? '')) return void res.writeHead(405, { allow: route.method.join(', ') }).end();
    route.handler(req, res);
  });
  // Probes keep connections open; a stop must not wait for them.
  server.keepAliveTimeout = 2000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
