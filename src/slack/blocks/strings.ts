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
