import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Metrics } from './metrics.ts';
import type { Readiness } from './readiness.ts';

/** The shape of Bolt's `customRoutes`, so HTTP mode mounts these on its own port. */
export interface OpsRoute {
  path: string;
  method: string[];
  handler: (req: IncomingMessage, res: ServerResponse) => void;
}

/** Alive: the process answers. Says nothing about its dependencies (that is `/readyz`). */
export const HEALTHZ: OpsRoute = { path: '/healthz', method: ['GET'], handler: (_req, res) => void res.writeHead(200).end('ok') };

function failed(res: ServerResponse, err: unknown): void {
  if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
  res.end(`${(err as Error).message ?? err}\n`);
}

/**
 * `/readyz`: every readiness check by name, as JSON; 200 when ready or degraded (answering, with a
 * dependency down), 503 when a critical check fails or the process is stopping.
 * `/metrics`: the Prometheus text exposition.
 */
export function opsRoutes(readiness: Readiness, metrics: Metrics): OpsRoute[] {
  return [
    {
      path: '/readyz',
      method: ['GET'],
      handler: (_req, res) => {
        readiness.run().then((report) => {
          res.writeHead(report.status === 'unready' ? 503 : 200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
          res.end(`${JSON.stringify(report)}\n`);
        }, (err: unknown) => failed(res, err));
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        metrics.render().then(({ contentType, body }) => {
          res.writeHead(200, { 'content-type': contentType });
          res.end(body);
        }, (err: unknown) => failed(res, err));
      },
    },
  ];
}
