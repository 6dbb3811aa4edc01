import { SLASH_COMMAND } from './slash-command.ts';

export type ManifestOptions = { url: string; socket?: false } | { socket: true; url?: undefined };

/** What Dockhand reads and writes in Slack, nothing more. */
export const BOT_SCOPES = [
  'app_mentions:read',
  'channels:history',
  'chat:write',
  'commands',
  // A command output too long for a message is uploaded as a snippet: in the thread, or in the asker's DM.
  'files:write',
  'groups:history',
  'im:history',
  'im:write',
] as const;

export const BOT_EVENTS = ['app_home_opened', 'app_mention', 'message.channels', 'message.groups', 'message.im'] as const;

function eventsUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`--url must be the app's public https URL, e.g. https://dockhand.example.com (got "${url}")`);
  }
  if (parsed.protocol !== 'https:') throw new TypeError(`--url must use https: Slack only calls https request URLs (got "${url}")`);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}/slack/events`;
}

/**
 * The app manifest (https://api.slack.com/reference/manifests): paste it into "Create New App →
 * From a manifest". HTTP mode points every request URL at `/slack/events`; Socket Mode needs none.
 */
export function buildManifest(options: ManifestOptions): Record<string, unknown> {
  const requestUrl = options.socket ? undefined : eventsUrl(options.url);
  const at = requestUrl ? { url: requestUrl } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Dockhand',
      description: 'Learn Docker in Slack: answers from the course notes and read-only commands on a sandbox.',
      background_color: '#1d63ed',
    },
    features: {
      app_home: { home_tab_enabled: true, messages_tab_enabled: true, messages_tab_read_only_enabled: false },
      bot_user: { display_name: 'Dockhand', always_online: true },
      slash_commands: [
        {
          command: SLASH_COMMAND,
          description: 'Ask about Docker, or run a read-only docker command on the sandbox',
          usage_hint: 'how do I remove exited containers | ps -a | help',
          should_escape: false,
          ...at,
        },
      ],
    },
    oauth_config: { scopes: { bot: [...BOT_SCOPES] } },
    settings: {
      event_subscriptions: { ...(requestUrl ? { request_url: requestUrl } : {}), bot_events: [...BOT_EVENTS] },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: Boolean(options.socket),
      token_rotation_enabled: false,
    },
  };
}
