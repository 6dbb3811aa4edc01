import type { App } from '@slack/bolt';
import { afterPendingAcks } from '../after-acks.ts';
import type { SandboxStatus } from '../../sandbox/sandbox.ts';
import { homeView } from '../blocks/home-view.ts';
import type { SlackDeps } from '../slack-deps.ts';

const UNREACHABLE: SandboxStatus = { reachable: false, engineVersion: null, containers: null, running: null };

/** App Home: published fresh on every open, so the sandbox status is current. */
export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    await afterPendingAcks();
    if (event.tab !== 'home') return;
    const status = deps.sandbox ? await deps.sandbox.status().catch(() => UNREACHABLE) : null;
    await client.views.publish({ user_id: event.user, view: homeView({ cards: deps.brain.cards.all(), status }) });
  });
}
