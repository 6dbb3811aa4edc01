/** Go's net.JoinHostPort: brackets around hosts that contain a colon (IPv6). */
export function joinHostPort(host: string, port: string | number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
