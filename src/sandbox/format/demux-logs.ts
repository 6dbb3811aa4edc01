/**
 * Without a TTY the engine multiplexes stdout and stderr into frames: one byte for the stream,
 * three zero bytes, a big-endian uint32 length, then the payload (moby stdcopy). Payloads are
 * joined in arrival order, as a terminal shows `docker logs` with both streams. Bytes are
 * decoded once at the end so a character split across frames survives.
 */
export function demuxLogs(buffer: Buffer): string {
  const parts: Buffer[] = [];
  let offset = 0;
  while (offset + 8 <= buffer.length) {
    const stream = buffer[offset] as number;
    const size = buffer.readUInt32BE(offset + 4);
    const start = offset + 8;
    const end = Math.min(start + size, buffer.length);
    // Stream 3 carries the engine's own error text; the CLI reports it as an error, not output.
    if (stream <= 2) parts.push(buffer.subarray(start, end));
    offset = start + size;
  }
  return Buffer.concat(parts).toString('utf8');
}
