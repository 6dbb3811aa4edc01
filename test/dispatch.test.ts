import { describe, expect, it } from 'vitest';
import { dispatch } from '../src/dispatch.ts';
import { createCardStore } from '../src/knowledge/card-store.ts';
import { createCatalogueStore } from '../src/knowledge/catalogue-store.ts';
import { fixedMatcher, makeCard, recordingCommands } from './helpers.ts';

const card = makeCard();
const other = makeCard({ id: 'list-containers', title: { en: 'List containers', zh: '列出容器' } });
const cards = createCardStore([card, other]);
const input = (text: string) => ({ text, surface: 'cli' as const });

describe('dispatch', () => {
  it.each(['', '   ', 'help', 'HELP', '?', '幫助', '帮助'])('answers %j with help, without asking the matcher', async (text) => {
    const matcher = fixedMatcher({ kind: 'none', lang: 'en' });
    const reply = await dispatch(input(text), { cards, matcher });
    expect(reply.kind).toBe('help');
    expect(matcher.seen).toEqual([]);
  });

  it('gives help in Simplified Chinese for 帮助', async () => {
    const reply = await dispatch(input('帮助'), { cards, matcher: fixedMatcher({ kind: 'none', lang: 'en' }) });
    expect(reply.lang).toBe('zh-CN');
  });

  it('lets the command handler claim commands before the matcher sees them', async () => {
    const run = { kind: 'run' as const, lang: 'en' as const, command: ['docker', 'ps'], output: 'CONTAINER ID' };
    const matcher = fixedMatcher({ kind: 'none', lang: 'en' });
    const commands = recordingCommands(run);
    expect(await dispatch(input('ps -a'), { cards, matcher, commands })).toBe(run);
    expect(matcher.seen).toEqual([]);
    await dispatch(input('what is a container'), { cards, matcher, commands });
    expect(matcher.seen).toEqual(['what is a container']);
  });

  it('turns a confident match into the card in the asker language', async () => {
    const matcher = fixedMatcher({ kind: 'answer', lang: 'zh-TW', cardId: card.id, score: 0.1 });
    const reply = await dispatch(input('怎麼刪除退出的容器'), { cards, matcher });
    expect(reply).toMatchObject({ kind: 'answer', lang: 'zh-TW', score: 0.1, card: { id: card.id, title: '刪除退出的容器' } });
  });

  it('converts the card to Simplified for a Simplified question', async () => {
    const matcher = fixedMatcher({ kind: 'answer', lang: 'zh-CN', cardId: card.id, score: 0.1 });
    const reply = await dispatch(input('怎么删除退出的容器'), { cards, matcher });
    if (reply.kind !== 'answer') throw new Error(reply.kind);
    expect(reply.card.title).toBe('删除退出的容器');
    expect(reply.card.commands[1]?.note).toBe('会先确认');
  });

  it('keeps at most three known suggestions and drops unknown ids', async () => {
    const matcher = fixedMatcher({ kind: 'suggestions', lang: 'en', cardIds: ['nope', card.id, other.id], score: 0.4 });
    const reply = await dispatch(input('containers'), { cards, matcher });
    expect(reply).toMatchObject({ kind: 'suggestions', suggestions: [{ id: card.id }, { id: other.id }] });
  });

  it('says it does not know when the matcher finds nothing or names a card that does not exist', async () => {
    for (const result of [
      { kind: 'none' as const, lang: 'en' as const },
      { kind: 'answer' as const, lang: 'en' as const, cardId: 'gone', score: 0.1 },
      { kind: 'suggestions' as const, lang: 'en' as const, cardIds: ['gone'], score: null },
    ]) {
      expect((await dispatch(input('weather'), { cards, matcher: fixedMatcher(result) })).kind).toBe('no-answer');
    }
  });

  it('turns a catalogue match into outside-notes, with the nearest card in the asker language', async () => {
    const catalogue = createCatalogueStore([
      {
        id: 'volumes',
        kind: 'topic',
        name: { en: 'Volumes', zh: '資料卷' },
        summary: { en: 'Data that outlives a container.', zh: '比 Container 活得久的資料。' },
        keywords: { en: [], zh: [] },
        docs: 'https://docs.docker.com/engine/storage/volumes/',
        nearest: other.id,
        file: 'topics.yaml',
      },
    ]);
    const matcher = fixedMatcher({ kind: 'outside', lang: 'zh-CN', topicId: 'volumes', score: 0.8 });
    const reply = await dispatch(input('怎么挂载数据卷'), { cards, catalogue, matcher });
    expect(reply).toMatchObject({
      kind: 'outside-notes',
      lang: 'zh-CN',
      topic: { id: 'volumes', title: '数据卷', docs: 'https://docs.docker.com/engine/storage/volumes/' },
      nearest: { id: other.id },
    });
    const unknown = fixedMatcher({ kind: 'outside', lang: 'en', topicId: 'gone', score: 0.8 });
    expect((await dispatch(input('x'), { cards, catalogue, matcher: unknown })).kind).toBe('no-answer');
  });

  it('reads at most the head of a huge paste, so a command hidden in it is still refused as too long', async () => {
    const run = { kind: 'run' as const, lang: 'en' as const, command: ['docker', 'ps'], output: '' };
    const commands = recordingCommands(run);
    const matcher = fixedMatcher({ kind: 'none', lang: 'en' });
    await dispatch(input(`ps ${'a'.repeat(4_000_000)}`), { cards, matcher, commands });
    await dispatch(input(`what ${'b'.repeat(4_000_000)}`), { cards, matcher, commands });
    expect(commands.seen.map((i) => i.text.length)).toEqual([8000, 8000]);
    expect(matcher.seen[0]?.length).toBe(8000);
  });
});
