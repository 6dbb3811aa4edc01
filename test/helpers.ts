import type { Card } from '../src/knowledge/card-schema.ts';
import type { Matcher, MatchResult } from '../src/match/matcher.ts';
import type { CommandHandler } from '../src/dispatch.ts';
import type { Input, Reply } from '../src/reply.ts';

/** A small valid card; override any field. */
export function makeCard(overrides: Partial<Card> = {}): Card {
  return {
    id: 'remove-exited-containers',
    section: 'containers',
    source: '認識 Container > Container 實作',
    title: { en: 'Remove exited containers', zh: '刪除退出的容器' },
    questions: { en: ['how do I remove exited containers'], zh: ['怎麼刪除退出的容器'] },
    keywords: { en: ['remove', 'exited'], zh: ['刪除', '退出'] },
    commands: [
      { cmd: 'docker container ls -f "status=exited" -q', readOnly: true },
      { cmd: 'docker container prune', readOnly: false, note: { en: 'asks first', zh: '會先確認' } },
    ],
    related: [],
    body: { en: 'Exited containers stay until removed.', zh: '退出的容器會一直留著，直到被刪除。' },
    file: 'remove-exited-containers.md',
    ...overrides,
  };
}

/** A matcher that returns a fixed result, so dispatcher tests don't depend on tuning. */
export function fixedMatcher(result: MatchResult): Matcher & { seen: string[] } {
  const seen: string[] = [];
  return {
    seen,
    match(text) {
      seen.push(text);
      return result;
    },
  };
}

/** A command handler that claims texts starting with `ps` and records what it was asked. */
export function recordingCommands(reply: Reply): CommandHandler & { seen: Input[] } {
  const seen: Input[] = [];
  return {
    seen,
    async handle(input) {
      seen.push(input);
      return input.text.startsWith('ps') ? reply : null;
    },
  };
}
