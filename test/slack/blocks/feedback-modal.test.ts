import { describe, expect, it } from 'vitest';
import { COMMENT_ACTION, COMMENT_BLOCK, feedbackModal, feedbackThanksView, readFeedbackModal, REASON_ACTION, REASON_BLOCK } from '../../../src/slack/blocks/feedback-modal.ts';

const state = (reason?: string, comment?: string) => ({
  values: {
    [REASON_BLOCK]: { [REASON_ACTION]: { selected_option: reason ? { value: reason } : null } },
    [COMMENT_BLOCK]: { [COMMENT_ACTION]: { value: comment ?? null } },
  },
});

describe('feedback modal', () => {
  it('asks why in the reply language, with four reasons and free text, both optional, within Slack limits', () => {
    for (const lang of ['en', 'zh-TW', 'zh-CN'] as const) {
      const view = feedbackModal({ lang, id: 'namespaces' });
      expect(view).toMatchObject({ type: 'modal', callback_id: 'feedback_reason', private_metadata: `${lang}|namespaces`, notify_on_close: true });
      expect(view.title.text.length).toBeLessThanOrEqual(24);
      const [, reason, comment] = view.blocks as { optional?: boolean; element: { options?: { value: string; text: { text: string } }[]; max_length?: number } }[];
      expect(reason!.optional).toBe(true);
      expect(reason!.element.options!.map((o) => o.value)).toEqual(['wrong-card', 'wrong-facts', 'unclear', 'other']);
      expect(reason!.element.options!.every((o) => o.text.text.length <= 75)).toBe(true);
      expect(comment!.optional).toBe(true);
      expect(comment!.element.max_length).toBe(1000);
    }
    expect(JSON.stringify(feedbackModal({ lang: 'zh-CN', id: 'x' }))).toContain('内容有误');
    expect(JSON.stringify(feedbackThanksView('en'))).toContain('Thanks!');
  });

  it('reads a submission, dropping what a client could have tampered with', () => {
    expect(readFeedbackModal('en|namespaces', state('unclear', '  too long  '))).toEqual({ value: { lang: 'en', id: 'namespaces' }, reason: 'unclear', comment: 'too long' });
    expect(readFeedbackModal('en|namespaces', state(undefined, 'just text'))).toMatchObject({ reason: 'other', comment: 'just text' });
    expect(readFeedbackModal('en|namespaces', state())).toMatchObject({ reason: null, comment: null });
    expect(readFeedbackModal('en|../../etc', state('drop table', 'x'.repeat(5000)))).toMatchObject({ value: null, reason: 'other' });
    expect(readFeedbackModal(undefined, undefined)).toEqual({ value: null, reason: null, comment: null });
    expect(readFeedbackModal('en|a', state(undefined, 'x'.repeat(5000))).comment).toHaveLength(1000);
  });
});
