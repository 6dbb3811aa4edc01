import { formatQuiet, formatTable } from './format-table.ts';
import { humanSizeWithPrecision } from './human-size.ts';
import { createdAgo } from './human-duration.ts';
import { truncateId } from './truncate-id.ts';

/** A `GET /images/json` item. */
export interface EngineImage {
  Id?: string;
  RepoTags?: string[] | null;
  RepoDigests?: string[] | null;
  Created?: number;
  Size?: number;
}

export interface ImagesOptions {
  quiet?: boolean;
  noTrunc?: boolean;
  now: Date;
}

interface ImageRow {
  repo: string;
  tag: string;
  image: EngineImage;
}

function isDangling(img: EngineImage): boolean {
  const tags = img.RepoTags ?? [];
  const digests = img.RepoDigests ?? [];
  if (tags.length === 0 && digests.length === 0) return true;
  return tags.length === 1 && tags[0] === '<none>:<none>' && digests.length === 1 && digests[0] === '<none>@<none>';
}

/** reference.FamiliarName: Docker Hub names lose "docker.io/" and "library/". */
function familiar(name: string): string {
  if (name.startsWith('docker.io/library/')) return name.slice('docker.io/library/'.length);
  if (name.startsWith('docker.io/')) return name.slice('docker.io/'.length);
  return name;
}

const PATH_COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;

/** A valid repository name (distribution/reference grammar, simplified to what engines send). */
function isRepository(name: string): boolean {
  const parts = name.split('/');
  const first = parts[0] as string;
  const hasDomain = parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first !== first.toLowerCase());
  if (hasDomain && !DOMAIN.test(first)) return false;
  return parts.slice(hasDomain ? 1 : 0).every((p) => PATH_COMPONENT.test(p));
}

/** "repo:tag" → [repo, tag]; null for what the CLI's reference parser rejects ("<none>:<none>"). */
function splitTag(ref: string): [string, string] | null {
  // References are at most 255 characters; longer is not one (and never reaches the patterns).
  if (ref.includes('@') || ref.length > 300) return null;
  const colon = ref.lastIndexOf(':');
  if (colon < 0 || ref.indexOf('/', colon) >= 0) return null;
  const repo = ref.slice(0, colon);
  const tag = ref.slice(colon + 1);
  return isRepository(repo) && TAG.test(tag) ? [repo, tag] : null;
}

/**
 * One row per repository and tag, grouped by repository. (For an image with several
 * repositories the CLI iterates a Go map, so its order varies run to run; this keeps the
 * engine's order.) Repositories known only by digest get a `<none>` tag.
 */
function rows(img: EngineImage): ImageRow[] {
  if (isDangling(img)) return [{ repo: '<none>', tag: '<none>', image: img }];
  const byRepo = new Map<string, string[]>();
  for (const ref of img.RepoTags ?? []) {
    const parts = splitTag(ref);
    if (!parts) continue;
    const repo = familiar(parts[0]);
    byRepo.set(repo, [...(byRepo.get(repo) ?? []), parts[1]]);
  }
  const out: ImageRow[] = [];
  for (const [repo, tags] of byRepo) for (const tag of tags) out.push({ repo, tag, image: img });
  const digestOnly = new Set<string>();
  for (const ref of img.RepoDigests ?? []) {
    const name = ref.split('@')[0] ?? '';
    const repo = familiar(name);
    if (ref.includes('@') && name.length <= 300 && isRepository(name) && !byRepo.has(repo)) digestOnly.add(repo);
  }
  for (const repo of digestOnly) out.push({ repo, tag: '<none>', image: img });
  return out;
}

/** How many rows `docker images` prints for this image (one per repository and tag). */
export const imageRowCount = (img: EngineImage): number => rows(img).length;

// time.Unix(Created, 0).IsZero(): the CLI prints N/A only for Go's zero time.
const GO_ZERO_TIME = -62135596800;

/** `docker images` / `docker image ls`, classic table or `-q` (one ID per row, repeats included). */
export function formatImages(images: readonly EngineImage[], opts: ImagesOptions): string {
  const trunc = !opts.noTrunc;
  const all = images.flatMap(rows);
  const id = (r: ImageRow) => (trunc ? truncateId(r.image.Id ?? '') : (r.image.Id ?? ''));
  if (opts.quiet) return formatQuiet(all.map(id));
  return formatTable(
    ['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE'],
    all.map((r) => [
      r.repo,
      r.tag,
      id(r),
      r.image.Created === GO_ZERO_TIME ? 'N/A' : createdAgo(r.image.Created ?? 0, opts.now),
      humanSizeWithPrecision(r.image.Size ?? 0, 3),
    ]),
  );
}
