import type { App, ReceiverEvent } from '@slack/bolt';
import type { Metrics } from '../ops/metrics.ts';
import type { InFlight } from './in-flight.ts';
import { requestSurface } from './request-surface.ts';

/**
 * Wraps `app.processEvent`, the one door every request from either receiver comes through: each
 * is counted by surface, its ack timed, and it stays in flight (for a graceful stop, and a test
 * waiting for quiet) from the hand-over, before the ack, until its replies are sent.
 */
export function observeRequests(app: App, inFlight: InFlight, metrics: Metrics): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => {
    const surface = requestSurface(event.body);
    const started = performance.now();
    metrics.request(surface);
    const ack = event.ack;
    let acked = false;
    event.ack = (response) => {
      if (!acked) {
        acked = true;
        metrics.ack(surface, (performance.now() - started) / 1000);
      }
      return ack(response);
    };
    return inFlight.track(processEvent(event));
  };
}
