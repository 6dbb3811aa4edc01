import { cardLang, type Lang } from '../lang/lang.ts';
import { fillVars, inLang } from '../lang/localize.ts';

/** UI phrases in the two written languages; Simplified is derived, like the cards. */
const MESSAGES = {
  en: {
    helpTitle: 'Dockhand teaches Docker from the course notes.',
    helpAsk: 'Ask a question in your own words, in English or Chinese:',
    helpAskExamples: ['how do I remove exited containers', '什麼是 namespace', '镜像和容器有什么区别'],
    helpRun: 'Run a read-only docker command on the sandbox and see its real output:',
    helpRunExamples: ['ps -a', 'images', 'history hello-world', 'logs web --tail 5'],
    helpSafe: 'Commands that change things (run, rm, build, prune…) are never run: you get the card that teaches them, and cleanup idioms get a dry run.',
    noAnswer: "I don't know that one. I answer Docker questions from the course notes. Try `/docker help` for examples.",
    didYouMean: "I'm not sure which one you mean. Did you mean:",
    outsideNotes: "The course notes don't cover this: {title}.",
    docs: 'Docker docs',
    nearestCard: 'Closest topic in the notes',
    commands: 'Commands',
    readOnlyHint: 'read-only: try it on the sandbox',
    source: 'Source (course notes)',
    sourceOriginal: 'Source (course notes, original heading)',
    related: 'Related',
    learnIt: 'Learn it',
    refusedPrefix: "I won't run that on the sandbox",
    dryRunRemove: 'Dry run: nothing was removed. Right now docker would remove {removed} and refuse {refused}:',
    dryRunPrune: 'Dry run: nothing was removed. Right now docker would remove {removed} and keep {kept}:',
    dryRunNone: 'Dry run: nothing was removed, and right now there is nothing it would remove.',
    dryRunWould: 'DOCKER WOULD',
    dryRunRemoved: 'remove',
    dryRunRefused: 'refuse',
    dryRunRemovedLater: 'refuse, then remove',
    dryRunKept: 'keep',
    dryRunMore: '… and {n} more',
    listedWith: 'list them yourself with',
    shellPrompt: 'Type a question or a docker command (`help`, `exit`).',
    connectSlack: 'No Slack credentials: running the local shell. To connect Slack, set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode); see README "Install in your workspace".',
  },
  zh: {
    helpTitle: 'Dockhand 根據課程筆記教你 Docker。',
    helpAsk: '用你自己的話發問，中文或英文都可以：',
    helpAskExamples: ['怎麼刪除退出的容器', 'what are namespaces', '映像和容器有什麼不同'],
    helpRun: '在沙箱上執行唯讀的 docker 指令，看真實的輸出：',
    helpRunExamples: ['ps -a', 'images', 'history hello-world', 'logs web --tail 5'],
    helpSafe: '會改變東西的指令（run、rm、build、prune…）一律不執行：你會拿到教這個指令的卡片，清理用的指令會做一次模擬（dry run）。',
    noAnswer: '這個我不知道。我回答課程筆記裡的 Docker 問題，輸入 `/docker help` 看範例。',
    didYouMean: '我不確定你問的是哪一個，你是指：',
    outsideNotes: '課程筆記沒有教這個：{title}。',
    docs: 'Docker 官方文件',
    nearestCard: '筆記裡最接近的主題',
    commands: '指令',
    readOnlyHint: '唯讀：可以在沙箱上試試',
    source: '出處（課程筆記）',
    sourceOriginal: '出處（課程筆記原文標題）',
    related: '相關主題',
    learnIt: '學習這個指令',
    refusedPrefix: '這個指令不會在沙箱上執行',
    dryRunRemove: '模擬執行：什麼都沒有刪除。現在執行的話，docker 會刪除 {removed} 個、拒絕 {refused} 個：',
    dryRunPrune: '模擬執行：什麼都沒有刪除。現在執行的話，docker 會刪除 {removed} 個、保留 {kept} 個：',
    dryRunNone: '模擬執行：什麼都沒有刪除，而且現在也沒有東西會被刪除。',
    dryRunWould: 'docker 會',
    dryRunRemoved: '刪除',
    dryRunRefused: '拒絕',
    dryRunRemovedLater: '先拒絕，之後刪除',
    dryRunKept: '保留',
    dryRunMore: '… 還有 {n} 個',
    listedWith: '自己列出來看',
    shellPrompt: '輸入問題或 docker 指令（`help`、`exit`）。',
    connectSlack: '沒有 Slack 憑證：啟動本機 shell。要連接 Slack，請設定 SLACK_BOT_TOKEN 和 SLACK_SIGNING_SECRET（HTTP）或 SLACK_APP_TOKEN（Socket Mode），見 README。',
  },
} as const;

type Catalog = (typeof MESSAGES)['en'];
export type MessageKey = keyof Catalog;

/** A UI phrase in the reply language. */
export function msg(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const value = MESSAGES[cardLang(lang)][key];
  return inLang(fillVars(Array.isArray(value) ? value.join('\n') : (value as string), vars), lang);
}

/**
 * The label of a card's notes heading. The heading is quoted as the notes write it (Traditional),
 * so a Simplified reply says it is the original.
 */
export function sourceLabel(lang: Lang): string {
  return msg(lang, lang === 'zh-CN' ? 'sourceOriginal' : 'source');
}

/** A list-valued phrase (examples) in the reply language. */
export function msgList(lang: Lang, key: 'helpAskExamples' | 'helpRunExamples'): string[] {
  const list: readonly string[] = MESSAGES[cardLang(lang)][key];
  return list.map((text) => inLang(text, lang));
}
