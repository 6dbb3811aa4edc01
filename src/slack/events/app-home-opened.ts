import type { App } from '@slack/bolt';
import { afterPendingAcks } from '../after-acks.ts';
import type { SandboxStatus } from '../../sandbox/sandbox.ts';
import type { Report } from '../../store/report.ts';
import { homeView } from '../blocks/home-view.ts';
import type { InstructorHome } from '../blocks/instructor-blocks.ts';
import type { SlackDeps } from '../slack-deps.ts';

const UNREACHABLE: SandboxStatus = { reachable: false, engineVersion: null, containers: null, running: null };
export const INSTRUCTOR_DAYS = 7;
const DAY_MS = 86_400_000;

/** The last week for an instructor; what is still queued is written first, so their own test question shows. */
async function instructorHome(deps: SlackDeps): Promise<InstructorHome> {
  const history = deps.history;
  if (!history) return { report: null, days: INSTRUCTOR_DAYS, recording: false };
  await history.flush(1000);
  const report: Report | null = await history.report(Date.now() - INSTRUCTOR_DAYS * DAY_MS).catch((err: Error) => {
    deps.logger.warn({ err: err.message }, 'App Home: could not read the history');
    return null;
  });
  return { report, days: INSTRUCTOR_DAYS, recording: true };
}

/** App Home: published fresh on every open, so the sandbox status (and an instructor's report) is current. */
export function registerAppHomeOpened(app: App, deps: SlackDeps): void {
  app.event('app_home_opened', async ({ event, client }) => {
    await afterPendingAcks();
    if (event.tab !== 'home') return;
    const [status, instructor] = await Promise.all([
      deps.sandbox ? deps.sandbox.status().catch(() => UNREACHABLE) : null,
      deps.instructors.has(event.user) ? instructorHome(deps) : undefined,
    ]);
    await client.views.publish({ user_id: event.user, view: homeView({ cards: deps.brain.cards.all(), status, ...(instructor ? { instructor } : {}) }) });
  });
}
