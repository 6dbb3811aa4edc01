import { containerImage } from './container-image.ts';
import { displayablePorts, type EnginePort } from './displayable-ports.ts';
import { ellipsis } from './ellipsis.ts';
import { formatQuiet, formatTable } from './format-table.ts';
import { goQuote } from './go-quote.ts';
import { humanSizeWithPrecision } from './human-size.ts';
import { createdAgo } from './human-duration.ts';
import { redactText } from './redact-text.ts';
import { truncateId } from './truncate-id.ts';

/** A `GET /containers/json` item; every field may be missing in what an engine sends. */
export interface EngineContainer {
  Id?: string;
  Names?: string[] | null;
  Image?: string;
  ImageID?: string;
  Command?: string;
  Created?: number;
  Ports?: EnginePort[] | null;
  State?: string;
  Status?: string;
  SizeRw?: number;
  SizeRootFs?: number;
}

export interface PsOptions {
  quiet?: boolean;
  noTrunc?: boolean;
  size?: boolean;
  now: Date;
}

/** NAMES: without the leading "/"; truncated output shows one name that is not a legacy link. */
function names(list: string[] | null | undefined, trunc: boolean): string {
  const bare = (list ?? []).map((n) => (n.startsWith('/') ? n.slice(1) : n));
  if (!trunc) return bare.join(',');
  return bare.find((n) => !n.includes('/')) ?? '';
}

function size(c: EngineContainer): string {
  const rw = humanSizeWithPrecision(c.SizeRw ?? 0, 3);
  const rootFs = c.SizeRootFs ?? 0;
  return rootFs > 0 ? `${rw} (virtual ${humanSizeWithPrecision(rootFs, 3)})` : rw;
}

function row(c: EngineContainer, opts: PsOptions, trunc: boolean): string[] {
  const command = redactText(c.Command ?? '');
  const cells = [
    trunc ? truncateId(c.Id ?? '') : (c.Id ?? ''),
    containerImage(c.Image, c.ImageID, trunc),
    goQuote(trunc ? ellipsis(command, 20) : command),
    createdAgo(c.Created ?? 0, opts.now),
    c.Status ?? '',
    displayablePorts(c.Ports),
    names(c.Names, trunc),
  ];
  if (opts.size) cells.push(size(c));
  return cells;
}

const HEADER = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];

/** `docker ps` / `docker container ls`, classic table or `-q`. */
export function formatPs(containers: readonly EngineContainer[], opts: PsOptions): string {
  const trunc = !opts.noTrunc;
  if (opts.quiet) return formatQuiet(containers.map((c) => (trunc ? truncateId(c.Id ?? '') : (c.Id ?? ''))));
  const header = opts.size ? [...HEADER, 'SIZE'] : HEADER;
  return formatTable(header, containers.map((c) => row(c, opts, trunc)));
}
