const waiting: (() => void)[] = [];
let pumping = false;

function pump(): void {
  waiting.shift()?.();
  if (waiting.length > 0) setImmediate(pump);
  else pumping = false;
}

/**
 * Resolves on a later event-loop turn, one caller per turn. Work after an ack awaits this first,
 * so under a burst each turn reads and acks every request that has arrived before it runs one
 * more answer: Slack's 3-second ack never queues behind other people's answers.
 */
export function afterPendingAcks(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    if (!pumping) {
      pumping = true;
      setImmediate(pump);
    }
  });
}
