import type Dockerode from 'dockerode';
import { demuxLogs } from '../format/demux-logs.ts';
import { redactText } from '../format/redact-text.ts';
import type { SandboxCommand } from '../sandbox-command.ts';
import { onEngine } from './engine-error.ts';
import { onlyTarget } from './only-target.ts';

/**
 * docker-modem hands back a parsed value when a body happens to be valid JSON (a TTY log that
 * is just "42"); the bytes are then gone, so this re-serialises as the nearest equivalent.
 */
function asBuffer(data: unknown): Buffer {
  if (Buffer.isBuffer(data)) return data;
  return Buffer.from(typeof data === 'string' ? data : JSON.stringify(data));
}

/** `docker logs [--tail N] [-t] CONTAINER`: both streams in order; raw when the container has a TTY. */
export async function runLogs(docker: Dockerode, command: SandboxCommand): Promise<string> {
  const name = onlyTarget(command);
  const container = docker.getContainer(name);
  const info = await onEngine(() => container.inspect(), 'container', name);
  const opts = {
    stdout: true,
    stderr: true,
    follow: false as const,
    tail: command.flags.tail ?? 'all',
    timestamps: command.flags.timestamps ?? false,
  };
  const data = asBuffer(await onEngine(() => container.logs(opts as Dockerode.ContainerLogsOptions & { follow: false }), 'container', name));
  return redactText(info.Config?.Tty ? data.toString('utf8') : demuxLogs(data));
}
