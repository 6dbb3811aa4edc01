import { cleanStrings } from './clean-text.ts';
import { goTabwriter } from './go-tabwriter.ts';

export interface EngineVersionComponent {
  Name?: string;
  Version?: string;
  Details?: Record<string, string> | null;
}

/** `GET /version`. */
export interface EngineVersion {
  Platform?: { Name?: string };
  Components?: EngineVersionComponent[] | null;
}

/** What Dockhand says about itself where the CLI describes its own binary. */
export interface ClientFacts {
  name: string;
  version: string;
  apiVersion: string;
  osArch: string;
  context: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** The CLI's reformatDate: RFC 3339 → time.ANSIC in the time's own offset, else unchanged. */
export function ansicDate(buildTime: string): string {
  const m = RFC3339.exec(buildTime);
  if (!m) return buildTime;
  const [, y, mo, d, hh, mm, ss] = m.map(Number) as number[];
  const weekday = new Date(Date.UTC(y as number, (mo as number) - 1, d)).getUTCDay();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[weekday]} ${MONTHS[(mo as number) - 1]} ${String(d).padStart(2, ' ')} ${pad(hh as number)}:${pad(mm as number)}:${pad(ss as number)} ${y}`;
}

function engineLines(details: Record<string, string>, version: string): string[] {
  return [
    `  Version:\t${version}`,
    `  API version:\t${details.ApiVersion ?? ''} (minimum version ${details.MinAPIVersion ?? ''})`,
    `  Go version:\t${details.GoVersion ?? ''}`,
    `  Git commit:\t${details.GitCommit ?? ''}`,
    `  Built:\t${ansicDate(details.BuildTime ?? '')}`,
    `  OS/Arch:\t${details.Os ?? ''}/${details.Arch ?? ''}`,
    `  Experimental:\t${details.Experimental ?? ''}`,
  ];
}

function componentLines(c: EngineVersionComponent): string[] {
  const details = c.Details ?? {};
  const lines = [` ${c.Name ?? ''}:`];
  if (c.Name === 'Engine') return [...lines, ...engineLines(details, c.Version ?? '')];
  lines.push(`  Version:\t${c.Version ?? ''}`);
  for (const key of Object.keys(details).sort()) lines.push(`  ${key}:\t${details[key]}`);
  return lines;
}

function clientLines(client: ClientFacts): string[] {
  return [
    `Client: ${client.name}`,
    ` Version:\t${client.version}`,
    ` API version:\t${client.apiVersion}`,
    ` OS/Arch:\t${client.osArch}`,
    ` Context:\t${client.context}`,
  ];
}

/**
 * `docker version`. The Server section is the CLI's template verbatim (its values cleaned); the
 * Client section describes Dockhand, because Dockhand is the client here (the docker binary is
 * not involved), without the bot's own runtime version: that is the bot host's business.
 */
export function formatVersion(engine: EngineVersion, client: ClientFacts): string {
  const server = cleanStrings(engine);
  const platform = server.Platform?.Name ? ` ${server.Platform.Name}` : '';
  const serverLines = [`Server:${platform}`, ...(server.Components ?? []).flatMap(componentLines)];
  const text = [...clientLines(client), '', ...serverLines].join('\n') + '\n';
  return goTabwriter(text, { minWidth: 20, padding: 1 });
}
