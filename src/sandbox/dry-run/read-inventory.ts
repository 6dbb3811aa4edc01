import { DockhandError } from '../../errors.ts';
import type { EngineClient } from '../engine/engine-client.ts';
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
  const status = info && typeof info === 'object' ? (info as { DriverStatus?: unknown }).DriverStatus : undefined;
  return Array.isArray(status) && status.some((pair) => Array.isArray(pair) && pair[0] === 'driver-type' && String(pair[1]).includes('containerd'));
}

/** An element of a streamed list must at least be an object; anything else is the engine's fault, not an empty row. */
function element(value: unknown, what: string, at: number): Record<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  throw new DockhandError('ENGINE_BAD_REPLY', `the engine's ${what}[${at}] is not an object`, { problem: 'shape', where: `${what}[${at}]` });
}

/** A list, streamed: each element becomes its small inventory form as it arrives, so only those are kept. */
async function list<T>(engine: EngineClient, path: string, what: string, toItem: (raw: Record<string, unknown>) => T): Promise<T[]> {
  const out: T[] = [];
  const root = await engine.json(path, { all: true }, { path: [], onItem: (value) => out.push(toItem(element(value, what, out.length))) });
  // A `null` or an object instead of the array streams nothing: that must not pass for "no containers".
  if (!Array.isArray(root)) throw new DockhandError('ENGINE_BAD_REPLY', `the engine's ${what} is not a list`, { problem: 'shape', where: what });
  return out;
}

/**
 * Everything a dry run predicts from, in one go: every container (any state) and every image
 * (intermediate ones too, for parents and children), and the engine's version. Read-only GETs
 * through the sandbox's engine client: the engine guard, the byte cap and the run's deadline apply.
 */
export async function readInventory(engine: EngineClient): Promise<EngineInventory> {
  const [version, info, containers, images] = await Promise.all([
    engine.json('/version'),
    engine.json('/info'),
    list(engine, '/containers/json', 'containers', (c) => toInventoryContainer(c as RawContainer)),
    list(engine, '/images/json', 'images', (i) => toInventoryImage(i as RawImage)),
  ]);
  return {
    engineVersion: str(version && typeof version === 'object' ? (version as { Version?: unknown }).Version : undefined),
    containerdStore: usesContainerdStore(info),
    containers,
    images,
  };
}
