/** What a dry run needs to know about the engine to predict what docker would do. */
export interface InventoryContainer {
  /** Full 64-character ID. */
  id: string;
  /** Names without the leading "/"; the first is the one `docker ps` shows. */
  names: string[];
  /** The IMAGE column as `docker ps` prints it. */
  image: string;
  /** `sha256:…` of the image the container was created from. */
  imageId: string;
  /** created, running, paused, restarting, removing, exited, dead. */
  state: string;
  /** The daemon's own status text: "Up 5 minutes", "Exited (3) 2 hours ago". */
  status: string;
}

export interface InventoryImage {
  /** `sha256:…` */
  id: string;
  /** Familiar `repo:tag` references, without `<none>:<none>`. */
  tags: string[];
  digests: string[];
  /** `sha256:…` of the parent image (locally built images have one), or ''. */
  parentId: string;
}

export interface EngineInventory {
  /** The engine's version ("20.10.24+dfsg1", "28.2.2"): refusal texts changed over time. */
  engineVersion: string;
  /** The containerd image store words its image conflicts differently from the graph drivers. */
  containerdStore: boolean;
  containers: InventoryContainer[];
  images: InventoryImage[];
}

/** The daemon counts paused and restarting containers as running: rm refuses them, prune keeps them. */
export function isRunning(c: Pick<InventoryContainer, 'state'>): boolean {
  return c.state === 'running' || c.state === 'paused' || c.state === 'restarting';
}
