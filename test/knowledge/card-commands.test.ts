import { describe, expect, it } from 'vitest';
import { loadCards } from '../../src/knowledge/load-cards.ts';

/**
 * The read-only docker commands the sandbox runs (DESIGN §4 policy), as leading words.
 * Kept here on purpose: a card must not offer a "Run on sandbox" button the sandbox refuses.
 */
const READ_ONLY_PREFIXES = [
  'docker ps',
  'docker container ls',
  'docker images',
  'docker image ls',
  'docker history',
  'docker version',
  'docker info',
  'docker inspect',
  'docker logs',
  'docker top',
  'docker stats --no-stream',
  'docker system df',
  'docker network ls',
  'docker volume ls',
  'docker port',
];
// Images the test engine builds (test/setup/build-fixtures.ts); read-only commands that name an image use one.
const SANDBOX_IMAGES = new Set(['hello-world', 'hello-world:latest', 'fishboneapps/hello-world:latest']);
const SHELL_SYNTAX = /[|;&`$<>\n]/;

const isReadOnlyShape = (cmd: string) =>
  !SHELL_SYNTAX.test(cmd) && READ_ONLY_PREFIXES.some((p) => cmd === p || cmd.startsWith(`${p} `));

const commands = loadCards().flatMap((card) => card.commands.map((c) => ({ id: card.id, ...c })));

describe('card commands', () => {
  it('offers some read-only commands and some that change things', () => {
    expect(commands.filter((c) => c.readOnly).length).toBeGreaterThan(10);
    expect(commands.filter((c) => !c.readOnly).length).toBeGreaterThan(10);
  });

  it.each(commands.map((c) => [c.id, c.cmd, c.readOnly] as const))(
    '%s: `%s` is marked readOnly=%s correctly',
    (_id, cmd, readOnly) => {
      // Upper-case words are placeholders (CONTAINER, IMAGE): nothing to run as written.
      const runnable = isReadOnlyShape(cmd) && !/\b[A-Z]{4,}\b/.test(cmd);
      expect(readOnly).toBe(runnable);
    },
  );

  it.each(commands.filter((c) => c.readOnly && /^docker (history|inspect) /.test(c.cmd)).map((c) => [c.cmd] as const))(
    '`%s` names an image the sandbox has',
    (cmd) => {
      expect(SANDBOX_IMAGES.has(cmd.split(' ').at(-1)!)).toBe(true);
    },
  );
});
