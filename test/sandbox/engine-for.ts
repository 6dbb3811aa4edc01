import Dockerode from 'dockerode';
import { dockerodeOptions } from '../../src/sandbox/docker-sandbox.ts';
import { createEngineClient, type EngineClient, type EngineLimits, type Modem } from '../../src/sandbox/engine/engine-client.ts';
import { guardEngine } from '../../src/sandbox/engine-guard.ts';

/** The engine client the sandbox uses (guarded, capped), on `host`, with no deadline: for runner tests. */
export function engineFor(host: string, limits?: EngineLimits, signal: AbortSignal = new AbortController().signal): EngineClient {
  const docker = guardEngine(new Dockerode(dockerodeOptions({ host, tls: null, timeoutMs: 60_000 })));
  return createEngineClient(docker.modem as unknown as Modem, signal, limits);
}
