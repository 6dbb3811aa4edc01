import type { types } from '@slack/bolt';
import { SECTIONS, type Card } from '../../knowledge/card-schema.ts';
import type { SandboxStatus } from '../../sandbox/sandbox.ts';
import { context, divider, header, section, sections } from './elements.ts';
import { escapeMrkdwn } from './escape-mrkdwn.ts';
import { instructorBlocks, type InstructorHome } from './instructor-blocks.ts';
import { LIMITS, type Block } from './slack-limits.ts';
import { SECTION_TITLES } from './strings.ts';

export interface HomeInput {
  cards: readonly Card[];
  /** null when no sandbox is configured. */
  status: SandboxStatus | null;
  /** Only for INSTRUCTOR_USERS: learners see the topic index and nothing of anyone's questions. */
  instructor?: InstructorHome;
}

const MAX_EXAMPLES = 6;

function statusText(status: SandboxStatus | null): string {
  if (!status) return '⚪ No sandbox is configured, so only questions are answered. · 沒有設定沙盒，只回答問題。';
  if (!status.reachable) return "🔴 The sandbox isn't reachable right now. · 沙盒目前無法連線。";
  const running = status.running === null ? '' : ` (${status.running} running · 執行中)`;
  return [
    '🟢 Reachable · 可以連線',
    `Docker Engine ${escapeMrkdwn(status.engineVersion ?? '?')}`,
    `${status.containers ?? '?'} containers · 個容器${running}`,
  ].join('\n');
}

function topicBlocks(cards: readonly Card[]): Block[] {
  return SECTIONS.flatMap((name) => {
    const inSection = cards.filter((c) => c.section === name);
    if (inSection.length === 0) return [];
    const lines = inSection.map((c) => `• ${escapeMrkdwn(c.title.en)} · ${escapeMrkdwn(c.title.zh)}`);
    return sections(`*${SECTION_TITLES[name]}*\n${lines.join('\n')}`, 3);
  });
}

/** A few real questions from the cards, alternating languages, as ready-to-type commands. */
function examples(cards: readonly Card[]): string {
  const picks = cards.slice(0, MAX_EXAMPLES).map((c, i) => (i % 2 === 0 ? c.questions.en[0] : c.questions.zh[0]));
  return picks.map((q) => `\`/docker ${escapeMrkdwn(q ?? '')}\``).join('\n');
}

/** App Home: the sandbox's status, (for instructors) the last days' history, the topic index by the notes' sections, example questions. */
export function homeView({ cards, status, instructor }: HomeInput): types.HomeView & { blocks: Block[] } {
  const head: Block[] = [
    header('Dockhand 🐳'),
    section('Ask me about Docker in English or 中文, or run a read-only `docker` command on the sandbox. Type `/docker help`.'),
    header('Sandbox · 沙盒'),
    section(statusText(status)),
    ...(instructor ? [divider, ...instructorBlocks(instructor)] : []),
    divider,
    header(`Topics · 主題 (${cards.length})`),
  ];
  const tail: Block[] = [
    divider,
    header('Try asking · 試著問'),
    section(cards.length > 0 ? examples(cards) : '`/docker help`'),
    section('`/docker ps -a`\n`/docker images`\n`/docker rm $(docker container ls -f "status=exited" -q)` (dry run · 試跑)'),
    context('Mention me in a channel (`@Dockhand what are namespaces?`) and I answer in a thread.'),
  ];
  const topics = topicBlocks(cards).slice(0, LIMITS.homeBlocks - head.length - tail.length);
  return { type: 'home', blocks: [...head, ...topics, ...tail] };
}
