import { describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { createCatalogueStore } from '../../src/knowledge/catalogue-store.ts';
import { loadCatalogue } from '../../src/knowledge/load-catalogue.ts';
import { DEFAULT_KNOWLEDGE_DIR, loadCards } from '../../src/knowledge/load-cards.ts';
import { renderText } from '../../src/render/render-text.ts';

/** Taiwan words a mainland reader trips over; Simplified replies must use the mainland word. */
const TAIWAN_ONLY = [
  '行程', '档案', '预设', '网路', '记忆体', '程式', '函式库', '伺服器', '资料夹', '标头档', '终端机', '笔电', '映像档',
  '帐号', '软体', '硬体', '硬碟', '萤幕', '视窗', '滑鼠', '讯息', '专案', '原始码', '物件', '变数', '登入', '支援', '使用者',
];

const cards = loadCards();
const store = createCardStore(cards);
const catalogue = createCatalogueStore(loadCatalogue(DEFAULT_KNOWLEDGE_DIR, new Set(cards.map((c) => c.id))));

function taiwanWords(text: string): string[] {
  return TAIWAN_ONLY.filter((w) => text.includes(w));
}

describe('Simplified replies read as mainland Chinese', () => {
  it.each(cards.map((c) => c.id))('card %s', (id) => {
    const text = renderText({ kind: 'answer', lang: 'zh-CN', card: store.view(id, 'zh-CN')!, score: 0 });
    // The notes' heading is quoted as written, and labelled as the original.
    const withoutSource = text.replace(/出处（课程笔记原文标题）：.*$/m, '');
    expect(taiwanWords(withoutSource)).toEqual([]);
    expect(text).toContain(`出处（课程笔记原文标题）：${cards.find((c) => c.id === id)!.source}`);
  });

  it('every catalogue entry', () => {
    const bad = catalogue.all().flatMap((e) => {
      const v = catalogue.view(e.id, 'zh-CN')!;
      const words = taiwanWords(`${v.title} ${v.summary}`);
      return words.length ? [`${e.id}: ${words.join(', ')}`] : [];
    });
    expect(bad).toEqual([]);
  });
});
