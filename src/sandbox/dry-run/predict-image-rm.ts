import type { DryRunItem } from '../../reply.ts';
import { truncateId } from '../format/truncate-id.ts';
import { imageConflict, noSuchImage } from './docker-refusals.ts';
import { isRunning, type EngineInventory, type InventoryContainer, type InventoryImage } from './engine-inventory.ts';

interface Conflict {
  hard: boolean;
  /** A container uses the image (quiet parent pruning reports these never). */
  used: boolean;
  message: string;
}

const CHILDREN = 1;
const RUNNING = 2;
const REFERENCE = 4;
const STOPPED = 8;
const HARD = CHILDREN | RUNNING;
const SOFT = REFERENCE | STOPPED;

/** The state an image removal runs against; each removal changes it for the next argument. */
class ImageStore {
  readonly images: Map<string, InventoryImage>;
  constructor(private readonly inventory: EngineInventory) {
    this.images = new Map(inventory.images.map((i) => [i.id, { ...i, tags: [...i.tags], digests: [...i.digests] }]));
  }

  /** A full `sha256:` ID or a unique hex prefix, as `docker images -q` prints them. */
  find(arg: string): InventoryImage | undefined {
    const hex = arg.startsWith('sha256:') ? arg.slice(7) : arg;
    if (!/^[0-9a-f]+$/.test(hex)) return undefined;
    const found = [...this.images.values()].filter((i) => i.id.replace(/^sha256:/, '').startsWith(hex));
    return found.length === 1 ? found[0] : undefined;
  }

  users(image: InventoryImage, running: boolean): InventoryContainer[] {
    return this.inventory.containers.filter((c) => c.imageId === image.id && isRunning(c) === running);
  }

  children(image: InventoryImage): InventoryImage[] {
    return [...this.images.values()].filter((i) => i.parentId === image.id);
  }

  refs(image: InventoryImage): number {
    return image.tags.length + image.digests.length;
  }

  /** The checks of checkImageDeleteConflict, in the daemon's order. */
  conflict(image: InventoryImage, mask: number): Conflict | null {
    if (mask & CHILDREN && this.children(image).length > 0) return { hard: true, used: false, message: 'image has dependent child images' };
    const running = mask & RUNNING ? this.users(image, true)[0] : undefined;
    if (running) return { hard: true, used: true, message: `image is being used by running container ${truncateId(running.id)}` };
    if (mask & REFERENCE && this.refs(image) > 0) return { hard: false, used: false, message: 'image is referenced in multiple repositories' };
    const stopped = mask & STOPPED ? this.users(image, false)[0] : undefined;
    if (stopped) return { hard: false, used: true, message: `image is being used by stopped container ${truncateId(stopped.id)}` };
    return null;
  }

  /** imageDeleteHelper: delete unless a conflict stops it; then quietly prune dangling parents. */
  delete(image: InventoryImage, force: boolean, prune: boolean, quiet: boolean): Conflict | null {
    const conflict = this.conflict(image, force ? HARD : HARD | SOFT);
    if (conflict) {
      const dangling = this.refs(image) === 0 && this.children(image).length === 0;
      return quiet && (!dangling || conflict.used) ? null : conflict;
    }
    this.images.delete(image.id);
    const parent = prune && image.parentId ? this.images.get(image.parentId) : undefined;
    if (parent) this.delete(parent, false, true, true);
    return null;
  }
}

/** isSingleReference: one tag at most, and every reference in one repository. */
function isSingleReference(image: InventoryImage): boolean {
  const refs = [...image.tags, ...image.digests];
  if (refs.length <= 1) return refs.length === 1;
  if (image.tags.length > 1) return false;
  const repo = (ref: string) => ref.replace(/@.*$/, '').replace(/:[^/:]*$/, '');
  const digestRepos = new Set(image.digests.map(repo));
  return digestRepos.size === 1 && digestRepos.has(repo(image.tags[0] ?? image.digests[0]!));
}

export function imageItem(inventory: EngineInventory, image: InventoryImage, outcome: DryRunItem['outcome'], refusal: string | null = null): DryRunItem {
  const users = inventory.containers.filter((c) => c.imageId === image.id).map((c) => `${c.names[0] ?? truncateId(c.id)} (${c.state})`);
  return { id: truncateId(image.id), name: image.tags.join(', ') || '<none>:<none>', image: '', status: users.join(', '), outcome, refusal };
}

/**
 * `docker rmi [-f] [--no-prune] ID…` as the graph-driver image store answers each ID, in order
 * (moby daemon/images/image_delete.go): an image used by a running container or with child images
 * is refused even with -f; one referenced by several repositories, or used by a stopped container,
 * needs -f. A deleted image takes its unused untagged parents with it, so a later ID may be gone.
 */
export function predictImageRm(inventory: EngineInventory, args: readonly string[], opts: { force: boolean; prune: boolean }): DryRunItem[] {
  const store = new ImageStore(inventory);
  const before = new Map(inventory.images.map((i) => [i.id, i]));
  // Each item beside the image a conflict refused, if one did: a later ID may still remove that image.
  const results = args.map((arg): [DryRunItem, string | null] => {
    const image = store.find(arg);
    const shown = image ?? [...before.values()].find((i) => i.id.replace(/^sha256:/, '').startsWith(arg.replace(/^sha256:/, '')));
    if (!image) {
      const gone: DryRunItem = shown
        ? imageItem(inventory, shown, 'refused', noSuchImage(arg))
        : { id: truncateId(arg), name: '', image: '', status: '', outcome: 'refused', refusal: noSuchImage(arg) };
      return [gone, null];
    }
    const item = (outcome: DryRunItem['outcome'], conflict?: Conflict) =>
      imageItem(inventory, before.get(image.id) ?? image, outcome, conflict ? imageConflict(image.id, conflict.hard, conflict.message) : null);
    // An ID with at most one tag: the tag goes first, unless a container (or, without -f, a stopped one) holds the image.
    if (isSingleReference(image)) {
      const conflict = store.conflict(image, opts.force ? HARD : HARD | STOPPED);
      if (conflict) return [item('refused', conflict), image.id];
      image.tags = [];
      image.digests = [];
    }
    const conflict = store.delete(image, opts.force, opts.prune, false);
    return conflict ? [item('refused', conflict), image.id] : [item('removed'), null];
  });
  // docker prints the refusal, yet an untagged parent refused for its child goes later in the same
  // command, pruned along with that child: it ends up removed, after the error line.
  return results.map(([item, refused]) => (refused && !store.images.has(refused) ? { ...item, outcome: 'removed', removedLater: true } : item));
}

/**
 * `docker image prune` (dangling only): untagged images without children go, with their untagged
 * parents, unless a container, running or stopped, still uses them: those are kept without a word.
 */
export function predictImagePrune(inventory: EngineInventory): DryRunItem[] {
  const store = new ImageStore(inventory);
  const heads = inventory.images.filter((i) => i.tags.length === 0 && store.children(i).length === 0);
  return heads.map((original) => {
    const image = store.images.get(original.id);
    if (!image) return imageItem(inventory, original, 'removed');
    const conflict = store.conflict(image, HARD | SOFT);
    if (conflict) return imageItem(inventory, original, 'kept');
    store.delete(image, false, true, true);
    return imageItem(inventory, original, 'removed');
  });
}
