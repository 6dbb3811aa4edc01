import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/slack/build-manifest.ts';

type M = {
  features: { slash_commands: { command: string; url?: string }[]; app_home: { home_tab_enabled: boolean } };
  oauth_config: { scopes: { bot: string[] } };
  settings: { event_subscriptions: { request_url?: string; bot_events: string[] }; interactivity: { is_enabled: boolean; request_url?: string }; socket_mode_enabled: boolean };
};

describe('buildManifest', () => {
  it('points the command, events and interactivity at /slack/events in HTTP mode', () => {
    const m = buildManifest({ url: 'https://dockhand.example.com/' }) as unknown as M;
    const url = 'https://dockhand.example.com/slack/events';
    expect(m.features.slash_commands).toMatchObject([{ command: '/docker', url }]);
    expect(m.settings.event_subscriptions.request_url).toBe(url);
    expect(m.settings.interactivity).toEqual({ is_enabled: true, request_url: url });
    expect(m.settings.socket_mode_enabled).toBe(false);
  });

  it('keeps a path prefix behind a proxy', () => {
    const m = buildManifest({ url: 'https://example.com/bots/dockhand' }) as unknown as M;
    expect(m.settings.event_subscriptions.request_url).toBe('https://example.com/bots/dockhand/slack/events');
  });

  it('has no request URLs in Socket Mode', () => {
    const m = buildManifest({ socket: true }) as unknown as M;
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(JSON.stringify(m)).not.toContain('url');
    expect(m.settings.interactivity.is_enabled).toBe(true);
  });

  it('asks for the scopes and events the listeners need, and App Home', () => {
    const m = buildManifest({ socket: true }) as unknown as M;
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['commands', 'chat:write', 'app_mentions:read', 'im:history', 'channels:history']));
    // Long outputs are uploaded as snippets (files.uploadV2), privately through the asker's DM.
    expect(m.oauth_config.scopes.bot).toEqual(expect.arrayContaining(['files:write', 'im:write']));
    expect(m.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'app_home_opened', 'message.im', 'message.channels']));
    expect(m.features.app_home.home_tab_enabled).toBe(true);
  });

  it('refuses a URL Slack could not call', () => {
    expect(() => buildManifest({ url: 'http://dockhand.example.com' })).toThrow(/https/);
    expect(() => buildManifest({ url: 'not a url' })).toThrow(/--url/);
  });
});
