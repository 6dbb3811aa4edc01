import type { App } from '@slack/bolt';
import { FEEDBACK_VIEW, feedbackThanksView, readFeedbackModal } from '../blocks/feedback-modal.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { stringField } from '../string-field.ts';

/** The 👎 modal: sent, it records the vote with its reason; dismissed, the vote alone. */
export function registerFeedbackView(app: App, deps: SlackDeps): void {
  const record = (user: string, privateMetadata: string | undefined, state: Parameters<typeof readFeedbackModal>[1]) => {
    const { value, reason, comment } = readFeedbackModal(privateMetadata, state);
    const card = value && deps.brain.cards.get(value.id) ? value.id : null;
    const lang = value?.lang ?? 'en';
    if (deps.history) deps.history.record({ kind: 'feedback', user, card, lang, vote: 'down', reason, comment });
    else deps.logger.info({ feedback: 'down', card, lang, reason }, 'feedback');
    return lang;
  };

  app.view(FEEDBACK_VIEW, async ({ ack, view, body }) => {
    const lang = record(stringField(body.user?.id), view.private_metadata, view.state);
    await ack({ response_action: 'update', view: feedbackThanksView(lang) });
  });

  app.view({ callback_id: FEEDBACK_VIEW, type: 'view_closed' }, async ({ ack, view, body }) => {
    await ack();
    record(stringField(body.user?.id), view.private_metadata, undefined);
  });
}
