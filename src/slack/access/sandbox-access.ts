/** Who may use the sandbox, and how often. Empty lists mean everyone. */
export interface SandboxAccess {
  allowedChannels: readonly string[];
  allowedUsers: readonly string[];
  ratePerMin: number;
}

export function mayUseSandbox(access: SandboxAccess, user?: string, channel?: string): boolean {
  const channelOk = access.allowedChannels.length === 0 || (channel !== undefined && access.allowedChannels.includes(channel));
  const userOk = access.allowedUsers.length === 0 || (user !== undefined && access.allowedUsers.includes(user));
  return channelOk && userOk;
}
