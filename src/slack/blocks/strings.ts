import { cardLang, type Lang } from '../../lang/lang.ts';
import { fillVars, inLang } from '../../lang/localize.ts';
import type { Section } from '../../knowledge/card-schema.ts';

/**
 * Phrases only the Slack edge says (buttons, placeholders, access refusals). Phrases every surface
 * shares (help, no answer, source…) come from `i18n/messages.ts`, so Slack and the shell agree.
 * Simplified Chinese is derived from the Traditional text, like the cards.
 */
const SLACK = {
  en: {
    share: 'Share in channel',
    run: 'Run on sandbox',
    helpful: '👍 Helpful',
    notHelpful: '👎 Not helpful',
    running: 'running `{cmd}` on the sandbox…',
    ranOn: '`{cmd}` on the sandbox',
    error: 'The sandbox could not answer',
    sharedBy: 'Shared by <@{user}>',
    thanks: 'Thanks for the feedback!',
    accessDenied: 'Sorry, the sandbox is not open to you here. Questions about Docker work everywhere, so ask away!',
    rateLimited: 'You have run {n} sandbox commands in the last minute, which is the limit. Please try again in a minute.',
    sandboxBusy: 'The sandbox is busy with other people\'s commands right now. Please try again in a few seconds.',
    notACommand: 'That button does not carry a sandbox command, so nothing was run.',
    cardGone: 'That topic is no longer available.',
    helpSlack: 'In a channel, mention me (`@Dockhand what are namespaces?`) and I answer in a thread. You can also DM me.',
    helpTopics: 'I know {n} topics: open my App Home to browse them.',
    nextSteps: 'Next steps for each container (read-only, on the sandbox):',
    moreContainers: '… and {n} more containers: type `/docker logs NAME` or `/docker inspect NAME`.',
    fullOutputHere: 'That is the start: the whole output ({lines} lines) is attached below as a file.',
    fullOutputDm: 'That is the start: the whole output ({lines} lines) is in your messages with Dockhand, as a file.',
    fileTitle: 'Output of {cmd}',
    feedbackTitle: 'Feedback',
    feedbackSend: 'Send',
    feedbackCancel: 'Cancel',
    feedbackClose: 'Close',
    feedbackAsk: 'Sorry this answer did not help. What was wrong with it? (Both are optional.)',
    feedbackReason: 'What was wrong',
    'reason.wrong-card': 'Wrong card: I asked about something else',
    'reason.wrong-facts': 'Wrong facts: the answer or a command is incorrect',
    'reason.unclear': 'Unclear: hard to follow',
    'reason.other': 'Something else',
    feedbackComment: 'Anything to add? (optional)',
    feedbackThanks: 'Thanks! Your feedback goes to the instructors who keep the cards.',
  },
  zh: {
    share: '分享到頻道',
    run: '在沙箱上執行',
    helpful: '👍 有幫助',
    notHelpful: '👎 沒幫助',
    running: '正在沙箱上執行 `{cmd}`…',
    ranOn: '沙箱上的 `{cmd}`',
    error: '沙箱無法回應',
    sharedBy: '由 <@{user}> 分享',
    thanks: '謝謝你的回饋！',
    accessDenied: '抱歉，這裡你還不能使用沙箱。Docker 的問題在哪裡都可以問喔！',
    rateLimited: '你在一分鐘內已經執行了 {n} 個沙箱指令，達到上限了。請一分鐘後再試。',
    sandboxBusy: '沙箱正在執行其他人的指令，現在很忙。請過幾秒再試。',
    notACommand: '這個按鈕沒有帶沙箱指令，所以什麼都沒有執行。',
    cardGone: '這個主題已經不存在了。',
    helpSlack: '在頻道裡提及我（`@Dockhand 什麼是 namespace？`），我會在討論串回答。也可以私訊我。',
    helpTopics: '我知道 {n} 個主題，打開我的 App Home 就能瀏覽。',
    nextSteps: '每個 Container 的下一步（唯讀，在沙箱上執行）：',
    moreContainers: '… 還有 {n} 個 Container：輸入 `/docker logs 名稱` 或 `/docker inspect 名稱`。',
    fullOutputHere: '這是開頭：完整的輸出（{lines} 行）以檔案附在下面。',
    fullOutputDm: '這是開頭：完整的輸出（{lines} 行）以檔案傳到你和 Dockhand 的訊息裡。',
    fileTitle: '{cmd} 的輸出',
    feedbackTitle: '回饋',
    feedbackSend: '送出',
    feedbackCancel: '取消',
    feedbackClose: '關閉',
    feedbackAsk: '抱歉，這個回答沒有幫上忙。哪裡有問題呢？（兩題都可以不填）',
    feedbackReason: '哪裡有問題',
    'reason.wrong-card': '答非所問：我問的是別的事',
    'reason.wrong-facts': '內容有誤：回答或指令不正確',
    'reason.unclear': '不清楚：看不太懂',
    'reason.other': '其他',
    feedbackComment: '還有想補充的嗎？（可不填）',
    feedbackThanks: '謝謝！你的回饋會交給維護卡片的講師。',
  },
} as const;

export type SlackMessageKey = keyof (typeof SLACK)['en'];

/** A Slack-only phrase in the reply language, with `{name}` placeholders filled. */
export function slackMsg(lang: Lang, key: SlackMessageKey, vars: Record<string, string | number> = {}): string {
  return inLang(fillVars(SLACK[cardLang(lang)][key], vars), lang);
}

/** The notes' top-level sections as App Home headings, both languages side by side. */
export const SECTION_TITLES: Record<Section, string> = {
  architecture: 'Docker architecture · Docker 的架構和底層技術',
  images: 'Docker images · Docker Image 概述',
  'base-image': 'Making a base image · 製作 Base Image',
  containers: 'Containers · 認識 Container',
  'build-your-own': 'Building your own image · 建立自己的 Docker Image',
};
