import type { DryRunItem } from '../../reply.ts';
import { truncateId } from '../format/truncate-id.ts';
import { isRunning, type EngineInventory, type InventoryContainer } from './engine-inventory.ts';
import { noSuchContainer, removalInProgress, rmRunningRefusal } from './docker-refusals.ts';

export function containerItem(c: InventoryContainer, outcome: DryRunItem['outcome'], refusal: string | null = null): DryRunItem {
  return { id: truncateId(c.id), name: c.names[0] ?? '', image: c.image, status: c.status, outcome, refusal };
}

/** docker resolves a full ID, a name, or a unique ID prefix. */
function resolve(containers: readonly InventoryContainer[], arg: string): InventoryContainer | undefined {
  const exact = containers.find((c) => c.id === arg) ?? containers.find((c) => c.names.includes(arg));
  if (exact || !/^[0-9a-f]+$/.test(arg)) return exact;
  const prefixed = containers.filter((c) => c.id.startsWith(arg));
  return prefixed.length === 1 ? prefixed[0] : undefined;
}

/**
 * `docker rm [-f] ARG…` as the daemon would answer each ARG, in order: without -f a running,
 * paused or restarting container is refused; with -f it is killed and removed.
 */
export function predictContainerRm(inventory: EngineInventory, args: readonly string[], { force }: { force: boolean }): DryRunItem[] {
  const left = [...inventory.containers];
  return args.map((arg) => {
    const c = resolve(left, arg);
    if (!c) return { id: arg, name: '', image: '', status: '', outcome: 'refused', refusal: noSuchContainer(arg) };
    if (c.state === 'removing') return containerItem(c, 'refused', removalInProgress(arg));
    if (isRunning(c) && !force) return containerItem(c, 'refused', rmRunningRefusal(inventory.engineVersion, c, arg));
    left.splice(left.indexOf(c), 1);
    return containerItem(c, 'removed');
  });
}

/**
 * `docker container prune`: every container that is not running goes (created, exited, dead);
 * running, paused and restarting ones are kept without a word, as is one already being removed.
 */
export function predictContainerPrune(inventory: EngineInventory): DryRunItem[] {
  return inventory.containers.map((c) => containerItem(c, isRunning(c) || c.state === 'removing' ? 'kept' : 'removed'));
}
