import { goQuote } from '../format/go-quote.ts';
import { truncateId } from '../format/truncate-id.ts';
import type { InventoryContainer } from './engine-inventory.ts';

/** The CLI prints every daemon error with this prefix. */
const DAEMON = 'Error response from daemon: ';

/** [major, minor] of an engine version such as "20.10.24+dfsg1"; unknown versions count as new. */
function versionOf(engineVersion: string): [number, number] {
  const m = /^v?(\d+)\.(\d+)/.exec(engineVersion);
  return m ? [Number(m[1]), Number(m[2])] : [Number.MAX_SAFE_INTEGER, 0];
}

function atLeast(engineVersion: string, major: number, minor: number): boolean {
  const [a, b] = versionOf(engineVersion);
  return a > major || (a === major && b >= minor);
}

/**
 * What `docker rm` prints for a running, paused or restarting container without -f. The wording is
 * the daemon's (moby daemon/delete.go) and changed twice: Engine 25.0 and again in 28.2.
 */
export function rmRunningRefusal(engineVersion: string, container: InventoryContainer, arg: string): string {
  const state = container.state === 'paused' || container.state === 'restarting' ? container.state : 'running';
  if (!atLeast(engineVersion, 25, 0)) {
    const procedure = 'Stop the container before attempting removal or force remove';
    return `${DAEMON}You cannot remove a ${state} container ${container.id}. ${state === 'paused' ? `Unpause and then ${procedure.toLowerCase()}` : procedure}`;
  }
  // 25.0–28.1 name the container by its name with the daemon's leading "/"; 28.2 by what was typed.
  const who = atLeast(engineVersion, 28, 2) ? arg : `/${container.names[0] ?? arg}`;
  const why = state === 'paused' ? 'container is paused and must be unpaused first' : `container is ${state}: stop the container before removing or force remove`;
  return `${DAEMON}cannot remove container ${goQuote(who)}: ${why}`;
}

export function noSuchContainer(arg: string): string {
  return `${DAEMON}No such container: ${arg}`;
}

export function removalInProgress(arg: string): string {
  return `${DAEMON}removal of container ${arg} is already in progress`;
}

/** `No such image: …`: the daemon reads a short hex ID as a repository name and adds the default tag. */
export function noSuchImage(arg: string): string {
  const named = !/^sha256:[0-9a-f]{64}$/.test(arg) && !arg.includes('@') && !/:[^/]+$/.test(arg);
  return `${DAEMON}No such image: ${named ? `${arg}:latest` : arg}`;
}

/** An image delete conflict (moby daemon/images/image_delete.go imageDeleteConflict.Error). */
export function imageConflict(imageId: string, hard: boolean, message: string): string {
  return `${DAEMON}conflict: unable to delete ${truncateId(imageId)} (${hard ? 'cannot be forced' : 'must be forced'}) - ${message}`;
}
