import { createHmac } from 'node:crypto';

/**
 * A user id as stored: HMAC-SHA256 under the install's salt, 16 hex characters. The same person
 * is the same pseudonym within one install (so "asked by 3 people" can be counted), and nobody
 * can go from the pseudonym back to the Slack id without the salt.
 */
export function pseudonymize(salt: Buffer, userId: string | null | undefined): string | null {
  if (!userId) return null;
  return createHmac('sha256', salt).update(userId).digest('hex').slice(0, 16);
}

/** DM channel ids name a conversation with one person: stored as `dm`, like the surface says. */
export function storedChannel(channel: string | null | undefined): string | null {
  if (!channel) return null;
  return channel.startsWith('D') ? 'dm' : channel;
}
