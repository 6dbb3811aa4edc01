import type Dockerode from 'dockerode';
import { containerImage } from '../format/container-image.ts';
import type { EngineInventory, InventoryContainer, InventoryImage } from './engine-inventory.ts';

interface RawContainer {
  Id?: unknown;
  Names?: unknown;
  Image?: unknown;
  ImageID?: unknown;
  State?: unknown;
  Status?: unknown;
}

interface RawImage {
  Id?: unknown;
  ParentId?: unknown;
  RepoTags?: unknown;
  RepoDigests?: unknown;
}

// An engine answers in text; anything that is not a plain string becomes '' so a hostile reply
// cannot smuggle objects or control characters into the prediction.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g;
const str = (v: unknown): string => (typeof v === 'string' ? v.replace(CONTROL, '').slice(0, 500) : '');
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map(str).filter(Boolean) : []);

function familiar(ref: string): string {
  if (ref.startsWith('docker.io/library/')) return ref.slice('docker.io/library/'.length);
  if (ref.startsWith('docker.io/')) return ref.slice('docker.io/'.length);
  return ref;
}

export function toInventoryContainer(raw: RawContainer): InventoryContainer {
  const image = str(raw.Image);
  const imageId = str(raw.ImageID);
  return {
    id: str(raw.Id),
    names: strs(raw.Names).map((n) => (n.startsWith('/') ? n.slice(1) : n)),
    image: containerImage(image || undefined, imageId, true),
    imageId,
    state: str(raw.State),
    status: str(raw.Status),
  };
}

export function toInventoryImage(raw: RawImage): InventoryImage {
  return {
    id: str(raw.Id),
    tags: strs(raw.RepoTags).filter((t) => t !== '<none>:<none>').map(familiar),
    digests: strs(raw.RepoDigests).filter((d) => d !== '<none>@<none>').map(familiar),
    parentId: str(raw.ParentId),
  };
}

function usesContainerdStore(info: unknown): boolean {
  const status = (info as { DriverStatus?: unknown }).DriverStatus;
  return Array.isArray(status) && status.some((pair) => Array.isArray(pair) && pair[0] === 'driver-type' && String(pair[1]).includes('containerd'));
}

/**
 * Everything a dry run predicts from, in one go: every container (any state) and every image
 * (intermediate ones too, for parents and children), and the engine's version. Read-only GETs.
 */
export async function readInventory(docker: Dockerode): Promise<EngineInventory> {
  const [version, info, containers, images] = await Promise.all([
    docker.version(),
    docker.info(),
    docker.listContainers({ all: true }),
    docker.listImages({ all: true }),
  ]);
  return {
    engineVersion: str((version as { Version?: unknown }).Version),
    containerdStore: usesContainerdStore(info),
    containers: (Array.isArray(containers) ? containers : []).map((c) => toInventoryContainer(c as RawContainer)),
    images: (Array.isArray(images) ? images : []).map((i) => toInventoryImage(i as RawImage)),
  };
}
