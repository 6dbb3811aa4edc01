import { stem } from './stem.ts';

/**
 * Domain synonyms, all folded onto the first word of their group on both sides (cards and
 * questions), so "get rid of stopped containers" and 刪除退出的容器 meet "remove exited container".
 * `keep`: command words that also stay as themselves, so `docker rm` still finds the card about `rm`.
 */
interface Group {
  words: string[];
  keep?: string[];
}

/** Canonical words that say what kind of answer is wanted, never what it is about. */
export const INTENT_WORDS: ReadonlySet<string> = new Set(['define']);

const GROUPS: Group[] = [
  // Asking what something is: it points at the card that explains a concept, not the one using it.
  {
    words: ['define', 'what is', 'what are', "what's", 'whats', 'what is a', 'explain', 'definition', 'meaning of',
      'concept', 'overview', 'introduction', 'intro', '什麼是', '是什麼', '什麼叫', '介紹', '概念', '概述', '解釋', '定義', '是啥', '啥是'],
  },
  {
    words: ['remove', 'removing', 'removed', 'delete', 'deleting', 'deleted', 'del', 'rm', 'clean', 'cleanup', 'cleaning',
      'clear', 'prune', 'pruning', 'erase', 'purge', 'wipe', 'destroy', 'get rid of', 'getting rid of', 'clean up',
      'clear out', 'throw away', '刪除', '移除', '清除', '清理', '刪掉', '清掉', '去除', '砍掉', '去掉', '幹掉'],
    keep: ['rm', 'prune'],
  },
  {
    words: ['exited', 'exit', 'exiting', 'stopped', 'stop', 'stopping', 'dead', 'quit', 'terminated', 'closed',
      'not running', 'finished', '退出', '已退出', '停止', '已停止', '停掉', '關閉', '關掉', '結束', '掛掉', '死掉'],
  },
  { words: ['image', 'img', '映像檔', '映像', '鏡像', '映象', '影像檔'] },
  { words: ['baseimage', 'base image', '基礎映像檔', '基礎映像', '基礎鏡像', '基底映像'] },
  { words: ['container', 'ctr', '容器'] },
  {
    words: ['list', 'listing', 'listed', 'show', 'showing', 'ls', 'display', 'view', 'see', 'print', 'enumerate', 'check',
      '列出', '查看', '顯示', '列表', '看看', '檢查', '看'],
    keep: ['ls'],
  },
  { words: ['namespace', 'ns', '命名空間', '名稱空間', '名字空間'] },
  { words: ['cgroup', 'control group', 'controlgroup', '控制組', '控制群組', '控制群', '控制組群'] },
  { words: ['layer', 'layered', 'layering', '分層', '層', '圖層', '層級'] },
  { words: ['underlying', '底層'] },
  { words: ['unionfs', 'union file system', 'union filesystem', 'union fs', 'unionfilesystem', '聯合文件系統', '聯合檔案系統', '聯合檔案', '聯合'] },
  { words: ['filesystem', 'file system', 'fs', 'rootfs', '文件系統', '檔案系統'] },
  { words: ['daemon', 'dockerd', 'background process', '守護進程', '守護程序', '後台進程', '後台', '背景程式', '常駐程式', '背景'], keep: ['dockerd'] },
  { words: ['version', 'versions', '版本'] },
  { words: ['pull', 'pulling', 'pulled', 'download', 'downloading', 'fetch', '拉取', '下載', '拉'] },
  { words: ['build', 'building', 'built', '構建', '建置', '建構', '編譯映像'] },
  { words: ['create', 'creating', 'created', 'make', 'making', 'generate', '建立', '創建', '製作', '生成', '做出', '新增'] },
  { words: ['run', 'running', 'start', 'starting', 'launch', 'execute', 'executing', '運行', '執行', '啟動', '跑', '運作'] },
  {
    words: ['interactive', 'interactively', 'tty', 'terminal', 'shell', 'bash', 'console', '-it', '-ti', '-i', '交互式', '交互',
      '互動式', '互動', '終端機', '終端'],
    keep: ['-it', '-i'],
  },
  { words: ['sudo', 'root', 'superuser', 'non-root', 'nonroot', 'rootless', '管理員'] },
  { words: ['permission', 'permissions', 'privilege', 'privileges', 'permission denied', '權限', '許可權', '特權'] },
  { words: ['commit', 'committing', 'snapshot', '提交', '轉存', '存成', '另存'] },
  { words: ['history', '歷史', '歷史紀錄', '歷史記錄', '建構歷程'] },
  { words: ['alias', 'aliases', 'shortcut', 'shorthand', 'equivalent', 'same as', 'synonym', '別名', '等於', '等同', '一樣', '相同', '等價', '縮寫', '簡寫'] },
  { words: ['id', 'ids', 'identifier', 'hash', '-q', '--quiet', 'quiet', '標頭', '編號'], keep: ['-q'] },
  { words: ['all', 'every', 'everything', 'entire', '-a', '--all', '所有', '全部', '一切', '全都'], keep: ['-a'] },
  { words: ['isolation', 'isolate', 'isolated', 'isolating', 'sandboxing', '隔離'] },
  { words: ['limit', 'limits', 'limiting', 'restrict', 'restriction', 'quota', 'throttle', '限制', '限額', '配額'] },
  { words: ['resource', 'resources', 'cpu', 'memory', 'ram', '資源', '記憶體', '內存'] },
  { words: ['registry', 'hub', 'dockerhub', 'repository', 'repo', '倉庫', '註冊表', '儲存庫'] },
  { words: ['platform', '平台'] },
  { words: ['engine', '引擎'] },
  { words: ['difference', 'differences', 'differ', 'different', 'diff', 'compare', 'comparison', 'versus', '區別', '差別', '差異', '不同', '比較', '差在哪', '差在', '不一樣', '有何不同'] },
  { words: ['local', 'locally', 'machine', 'computer', 'laptop', 'host', '本地', '本機', '電腦', '主機', '筆電'] },
  { words: ['scratch', 'from scratch', '從零', '從頭', '從無到有'] },
  { words: ['compile', 'compiling', 'compiled', 'compiler', 'gcc', '編譯'], keep: ['gcc'] },
  { words: ['share', 'sharing', 'shared', 'distribute', 'distributing', '分享', '共享', '分發'] },
  { words: ['readonly', 'read-only', 'read only', 'immutable', '唯讀', '只讀', '隻讀', '不可變'] },
  { words: ['group', 'usergroup', 'user group', '群組', '用戶組', '使用者群組'] },
  { words: ['user', 'users', '用戶', '使用者'] },
  { words: ['tag', 'tagging', 'tagged', '標籤', '標記'] },
  { words: ['install', 'installing', 'installed', '安裝'] },
  { words: ['api', 'rest api', 'restful', '接口', '介面'] },
  { words: ['cli', 'client', 'command line', 'command-line', '命令行', '指令列', '命令列', '客戶端'] },
  { words: ['process', 'processes', 'proc', '進程', '行程'] },
  { words: ['instance', 'instances', '實例', '實體'] },
  { words: ['class', 'classes', '類別'] },
  { words: ['metadata', 'meta data', 'meta-data', '元數據', '元資料', '中繼資料'] },
  { words: ['immediately', 'instantly', 'right away', 'at once', 'straight away', '馬上', '立刻', '立即'] },
  { words: ['filter', 'filtering', '--filter', '-f', '過濾', '篩選'], keep: ['-f'] },
  { words: ['dockerfile', 'docker file', 'dockerfiles'] },
];

// Expansions with no group of their own: a command that implies a topic.
const EXTRA: Record<string, string[]> = {
  rmi: ['rmi', 'remove', 'image'],
  ps: ['ps', 'list', 'container'],
};

const HAN = /\p{Script=Han}/u;
// A lone Han character is matched as a whole word only: as a phrase, 看 would turn 好看 into 好 list.
const isPhrase = (w: string) => w.includes(' ') || (HAN.test(w) && [...w].length > 1);
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

const tokenMap = new Map<string, string[]>(Object.entries(EXTRA));
const phrases: [string, string][] = [];
for (const { words, keep = [] } of GROUPS) {
  const canonical = words[0]!;
  for (const w of words) {
    if (isPhrase(w)) phrases.push([w, canonical]);
    else for (const key of [w, stem(w)]) tokenMap.set(key, keep.includes(w) ? [w, canonical] : [canonical]);
  }
}
phrases.sort((a, b) => b[0].length - a[0].length);
const phraseTo = new Map(phrases);
// English phrases only at word edges (and with an optional plural s); Han phrases anywhere.
const PHRASES = new RegExp(
  phrases
    .map(([w]) => (HAN.test(w) ? escape(w) : `(?<![\\p{L}\\p{N}])${escape(w)}s?(?![\\p{L}\\p{N}])`))
    .join('|'),
  'gu',
);

/** Replaces multi-word and Chinese synonyms by their canonical word; run before tokenizing. */
export function applyPhrases(lowercased: string): string {
  return lowercased.replace(PHRASES, (m) => ` ${phraseTo.get(m) ?? phraseTo.get(m.slice(0, -1)) ?? m} `);
}

/** One token → its canonical form(s); words outside the thesaurus come back plural-folded. */
export function expandToken(token: string): string[] {
  return tokenMap.get(token) ?? tokenMap.get(stem(token)) ?? [stem(token)];
}

/** Every single word the thesaurus knows, for spelling correction of questions. */
export function thesaurusWords(): Iterable<string> {
  return tokenMap.keys();
}
