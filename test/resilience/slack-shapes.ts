import { BOT_USER_ID } from '../slack/recording-server.ts';

/** A `/docker` slash command's form fields, as Slack sends them. */
export function commandFields(text: string, responseUrl: string): Record<string, string> {
  return {
    token: 'legacy', team_id: 'T0TEAM', team_domain: 'test', channel_id: 'C0QUIET', channel_name: 'x', user_id: 'U0MALLORY', user_name: 'mallory',
    command: '/docker', text, api_app_id: 'A0APP', response_url: responseUrl, trigger_id: 't',
  };
}

/** An Events API envelope around `event`. */
export function eventEnvelope(event: Record<string, unknown>, eventId: string): Record<string, unknown> {
  return {
    token: 'legacy', team_id: 'T0TEAM', api_app_id: 'A0APP', type: 'event_callback', event_id: eventId, event_time: 1700000000,
    authorizations: [{ team_id: 'T0TEAM', user_id: BOT_USER_ID, is_bot: true }], event,
  };
}

/** A button click on an ephemeral Dockhand message (a `block_actions` payload). */
export function buttonPayload(actionId: string, value: string, responseUrl: string): Record<string, unknown> {
  return {
    type: 'block_actions', api_app_id: 'A0APP', token: 'legacy', trigger_id: 't',
    user: { id: 'U0MALLORY', username: 'mallory', name: 'mallory', team_id: 'T0TEAM' },
    team: { id: 'T0TEAM', domain: 'test' }, channel: { id: 'C0QUIET', name: 'x' },
    container: { type: 'message', message_ts: '1700000001.000001', channel_id: 'C0QUIET', is_ephemeral: true },
    response_url: responseUrl,
    actions: [{ type: 'button', action_id: actionId, block_id: 'b', value, text: { type: 'plain_text', text: 'x' }, action_ts: '1' }],
  };
}
