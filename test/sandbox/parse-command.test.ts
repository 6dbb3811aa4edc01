import { describe, expect, it } from 'vitest';
import { isDockhandError } from '../../src/errors.ts';
import { MAX_COMMAND_CHARS, parseCommand } from '../../src/sandbox/parse-command.ts';

const codeOf = (text: string) => {
  try {
    parseCommand(text);
    return 'parsed';
  } catch (err) {
    return isDockhandError(err) ? err.code : 'crash';
  }
};

describe('parseCommand', () => {
  it.each([
    ['ps -a', ['ps', '-a']],
    ['docker ps -a', ['ps', '-a']],
    ['/docker ps', ['ps']],
    ['sudo docker image ls', ['image', 'ls']],
    ['  docker   container\tls  ', ['container', 'ls']],
    ['docker container ls -f "status=exited" -q', ['container', 'ls', '-f', 'status=exited', '-q']],
    ["ps -f 'name=a b'", ['ps', '-f', 'name=a b']],
    ['ps -f name=\\;x', ['ps', '-f', 'name=;x']],
    ['ps -f "a\\"b"', ['ps', '-f', 'a"b']],
    ["ps -f '$(x)'", ['ps', '-f', '$(x)']],
    ['ps ""', ['ps', '']],
    ['', []],
    ['docker', []],
  ])('%j → %j', (text, argv) => {
    expect(parseCommand(text)).toEqual({ argv, substitution: null });
  });

  it('folds fullwidth letters, ideographic spaces and curly quotes to what they look like', () => {
    expect(parseCommand('ｄｏｃｋｅｒ　ｒｍ　ｗｅｂ').argv).toEqual(['rm', 'web']);
    expect(parseCommand('docker ps -f “status=exited”').argv).toEqual(['ps', '-f', 'status=exited']);
    expect(parseCommand('docker ps —all').argv).toEqual(['ps', '--all']);
    expect(parseCommand('dоcker rm web').argv).toEqual(['rm', 'web']); // Cyrillic о
    expect(parseCommand('do\u200bcker p\u200ds').argv).toEqual(['ps']);
  });

  it('unwraps a Slack code span and a leading mention', () => {
    expect(parseCommand('`docker ps -a`').argv).toEqual(['ps', '-a']);
    expect(parseCommand('```docker images```').argv).toEqual(['images']);
    expect(parseCommand('<@U123ABC> ps').argv).toEqual(['ps']);
  });

  it('returns one trailing substitution for the dry-run idioms to judge', () => {
    expect(parseCommand('docker rm $(docker container ls -f "status=exited" -q)')).toEqual({
      argv: ['rm'],
      substitution: ['docker', 'container', 'ls', '-f', 'status=exited', '-q'],
    });
    expect(parseCommand('docker rmi `docker images -q`').substitution).toEqual(['docker', 'images', '-q']);
  });

  it.each([
    'ps; rm web', 'ps | grep x', 'ps & rm x', 'ps && rm x', 'ps || rm x', 'ps > out', 'ps < in', 'ps >> out',
    'ps\nrm web', 'ps\r\nrm web', 'ps\u0000rm', 'ps -f name=$HOME', 'ps -f "name=$(id)"', 'ps -f "${x}"', 'ps ${x}',
    'ps -f `id`x', 'rm $(docker ps -q) x', 'rm $(docker ps -q) $(docker ps -q)', 'rm $(docker ps $(id))',
    'rm x$(docker ps -q)', 'rm "$(docker ps -q)"', 'rm $(docker ps -q', 'rm `docker ps -q', 'ps (x)', 'ps &amp;&amp; rm x',
    'ps &gt; /etc/passwd', "ps -f 'a\nb'", 'ps\u2028rm',
  ])('refuses shell syntax: %j', (text) => {
    expect(codeOf(text)).toBe('SHELL_SYNTAX');
  });

  it('names the shell token it refused', () => {
    try {
      parseCommand('docker ps && docker rm web');
      expect.unreachable();
    } catch (err) {
      expect(isDockhandError(err, 'SHELL_SYNTAX') && err.details.token).toBe('&&');
    }
  });

  it('refuses an unclosed quote and overlong text as bad arguments', () => {
    expect(codeOf('ps -f "status=exited')).toBe('BAD_ARGS');
    expect(codeOf("ps -f 'x")).toBe('BAD_ARGS');
    expect(codeOf(`ps ${'a'.repeat(MAX_COMMAND_CHARS)}`)).toBe('BAD_ARGS');
    expect(codeOf('ps '.repeat(40_000))).toBe('BAD_ARGS');
  });
});
