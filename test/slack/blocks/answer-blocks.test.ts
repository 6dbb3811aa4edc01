import { describe, expect, it } from 'vitest';
import { createCardStore } from '../../../src/knowledge/card-store.ts';
import { loadCards } from '../../../src/knowledge/load-cards.ts';
import { LANGS } from '../../../src/lang/lang.ts';
import type { AnswerReply, CardView } from '../../../src/reply.ts';
import { answerBlocks } from '../../../src/slack/blocks/answer-blocks.ts';
import { slackLimitViolations, type Block } from '../../../src/slack/blocks/slack-limits.ts';
import { makeCard } from '../../helpers.ts';

const answer = (card: CardView, lang: AnswerReply['lang'] = 'en'): AnswerReply => ({ kind: 'answer', lang, card, score: 0.1 });
const store = createCardStore([
  makeCard({ related: ['namespaces'] }),
  makeCard({ id: 'namespaces', title: { en: 'Namespaces', zh: '命名空間' }, file: 'n.md' }),
]);
const card = store.view('remove-exited-containers', 'en')!;
const json = (blocks: Block[]) => JSON.stringify(blocks);
const buttons = (blocks: Block[]) =>
  blocks.flatMap((b) => (b.type === 'actions' ? (b.elements as { action_id: string; value: string; text: { text: string } }[]) : []));

describe('answerBlocks', () => {
  it('shows title, body, commands as code, source, related and feedback', () => {
    const blocks = answerBlocks(answer(card), { share: false, sandbox: true });
    expect(blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: 'Remove exited containers', emoji: true } });
    expect(json(blocks)).toContain('Exited containers stay until removed.');
    expect(json(blocks)).toContain('```docker container ls -f \\"status=exited\\" -q```');
    expect(json(blocks)).toContain('_asks first_');
    expect(json(blocks)).toContain('認識 Container &gt; Container 實作');
    const ids = buttons(blocks).map((b) => b.action_id);
    expect(ids).toEqual(['run_on_sandbox:0', 'related_card:0', 'feedback_up', 'feedback_down']);
    expect(buttons(blocks)[1]!.value).toBe('en|namespaces');
  });

  it('offers "Run on sandbox" only for read-only commands, carrying the command text', () => {
    const run = buttons(answerBlocks(answer(card), { share: false, sandbox: true })).filter((b) => b.action_id.startsWith('run_on_sandbox'));
    expect(run.map((b) => b.value)).toEqual(['docker container ls -f "status=exited" -q']);
  });

  it('has no run buttons without a sandbox, and a share button only when asked', () => {
    const ids = buttons(answerBlocks(answer(card), { share: true, sandbox: false })).map((b) => b.action_id);
    expect(ids).toEqual(['related_card:0', 'share_in_channel', 'feedback_up', 'feedback_down']);
  });

  it('says who shared a shared copy', () => {
    expect(json(answerBlocks(answer(card), { share: false, sandbox: false, sharedBy: 'U42' }))).toContain('Shared by <@U42>');
  });

  it('answers in the reply language', () => {
    const zh = answerBlocks(answer(store.view('remove-exited-containers', 'zh-CN')!, 'zh-CN'), { share: true, sandbox: true });
    expect(json(zh)).toContain('删除退出的容器');
    expect(json(zh)).toContain('分享到频道');
    expect(buttons(zh).find((b) => b.action_id === 'related_card:0')!.value).toBe('zh-CN|namespaces');
  });

  it('keeps a card without commands or related cards short', () => {
    const bare = { ...card, commands: [], related: [] };
    const ids = buttons(answerBlocks(answer(bare), { share: false, sandbox: true })).map((b) => b.action_id);
    expect(ids).toEqual(['feedback_up', 'feedback_down']);
  });

  it('keeps every real card, in every language, inside Slack limits', () => {
    const cards = createCardStore(loadCards());
    for (const c of cards.all()) {
      for (const lang of LANGS) {
        const blocks = answerBlocks(answer(cards.view(c.id, lang)!, lang), { share: true, sandbox: true });
        expect(slackLimitViolations(blocks), `${c.id} ${lang}`).toEqual([]);
      }
    }
  });

  it('keeps the largest possible card inside Slack limits, cutting visibly', () => {
    const huge: CardView = {
      id: 'huge',
      title: 'T'.repeat(400),
      body: Array.from({ length: 3000 }, (_, i) => `**line** ${i} <tag> & ${'x'.repeat(40)}`).join('\n'),
      commands: Array.from({ length: 30 }, (_, i) => ({ cmd: `docker ps --filter name=${'n'.repeat(300)}${i}`, readOnly: true, note: 'n'.repeat(3000) })),
      source: 'S'.repeat(5000),
      related: Array.from({ length: 40 }, (_, i) => ({ id: `card-${i}`, title: 'R'.repeat(200) })),
    };
    const blocks = answerBlocks(answer(huge), { share: true, sandbox: true });
    expect(slackLimitViolations(blocks)).toEqual([]);
    expect(blocks).toHaveLength(50);
    expect(json(blocks)).toMatch(/more parts not shown/);
    expect(buttons(blocks).map((b) => b.action_id)).toContain('share_in_channel');
  });
});
