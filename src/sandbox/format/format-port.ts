import { cleanCell } from './clean-text.ts';
import { joinHostPort } from './join-host-port.ts';
import { sortNatural } from './natural-less.ts';

export interface EnginePortBinding {
  HostIp?: string;
  HostPort?: string;
}

/** `NetworkSettings.Ports` of a container inspect: "80/tcp" → bindings, or null when unpublished. */
export type EnginePortMap = Record<string, EnginePortBinding[] | null> | null | undefined;

/**
 * `docker port CONTAINER [PRIVATE_PORT[/PROTO]]`: "80/tcp -> 0.0.0.0:8080" lines (or bare
 * "host:port" for one port), in natural order. Returns null when the asked port is not
 * published, which the CLI reports as an error.
 */
export function formatPort(ports: EnginePortMap, privatePort?: string): string | null {
  const out: string[] = [];
  if (privatePort) {
    const key = privatePort.includes('/') ? privatePort : `${privatePort}/tcp`;
    const frontends = ports?.[key];
    if (!frontends || frontends.length === 0) return null;
    for (const f of frontends) out.push(joinHostPort(f.HostIp ?? '', f.HostPort ?? ''));
  } else {
    for (const [from, frontends] of Object.entries(ports ?? {})) {
      for (const f of frontends ?? []) out.push(`${from} -> ${joinHostPort(f.HostIp ?? '', f.HostPort ?? '')}`);
    }
  }
  return out.length === 0 ? '' : sortNatural(out.map(cleanCell), (s) => s).join('\n') + '\n';
}
