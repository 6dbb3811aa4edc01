import { describe, expect, it } from 'vitest';
import { isDockhandError } from '../../src/errors.ts';
import { checkPolicy } from '../../src/sandbox/check-policy.ts';
import { parseCommand } from '../../src/sandbox/parse-command.ts';

const policy = (text: string) => checkPolicy(parseCommand(text).argv);

const refusal = (text: string) => {
  try {
    policy(text);
    return null;
  } catch (err) {
    if (!isDockhandError(err)) throw err;
    return { code: err.code, details: err.details as Record<string, unknown> };
  }
};

describe('checkPolicy: allowed commands', () => {
  it.each([
    ['ps', 'ps', ['docker', 'ps'], {}, []],
    ['container ls -a', 'ps', ['docker', 'container', 'ls', '-a'], { all: true }, []],
    ['container ps -aq', 'ps', ['docker', 'container', 'ps', '-a', '-q'], { all: true, quiet: true }, []],
    ['container list --all --quiet', 'ps', ['docker', 'container', 'list', '-a', '-q'], { all: true, quiet: true }, []],
    ['ps -n 3 -l --no-trunc -s', 'ps', ['docker', 'ps', '-n', '3', '-l', '--no-trunc', '-s'], { last: 3, latest: true, noTrunc: true, size: true }, []],
    ['ps -n3', 'ps', ['docker', 'ps', '-n', '3'], { last: 3 }, []],
    ['ps --last=2', 'ps', ['docker', 'ps', '-n', '2'], { last: 2 }, []],
    ['ps -aqn3', 'ps', ['docker', 'ps', '-a', '-q', '-n', '3'], { all: true, quiet: true, last: 3 }, []],
    ['ps --all=false', 'ps', ['docker', 'ps'], { all: false }, []],
    ['images', 'images', ['docker', 'images'], {}, []],
    ['image ls -a --no-trunc', 'images', ['docker', 'image', 'ls', '-a', '--no-trunc'], { all: true, noTrunc: true }, []],
    ['image list -q', 'images', ['docker', 'image', 'list', '-q'], { quiet: true }, []],
    ['history hello-world', 'history', ['docker', 'history', 'hello-world'], {}, ['hello-world']],
    ['image history --no-trunc -q fishboneapps/hello-world:latest', 'history',
      ['docker', 'image', 'history', '--no-trunc', '-q', 'fishboneapps/hello-world:latest'], { noTrunc: true, quiet: true }, ['fishboneapps/hello-world:latest']],
    ['version', 'version', ['docker', 'version'], {}, []],
    ['info', 'info', ['docker', 'info'], {}, []],
    ['system info', 'info', ['docker', 'system', 'info'], {}, []],
    ['inspect web', 'inspect', ['docker', 'inspect', 'web'], {}, ['web']],
    ['container inspect web failed', 'inspect', ['docker', 'container', 'inspect', 'web', 'failed'], {}, ['web', 'failed']],
    ['image inspect hello-world', 'inspect', ['docker', 'image', 'inspect', 'hello-world'], {}, ['hello-world']],
    ['logs web', 'logs', ['docker', 'logs', '--tail', '20', 'web'], { tail: 20 }, ['web']],
    ['container logs -t web --tail=5', 'logs', ['docker', 'container', 'logs', '-t', '--tail', '5', 'web'], { tail: 5, timestamps: true }, ['web']],
    ['logs -n 7 web', 'logs', ['docker', 'logs', '--tail', '7', 'web'], { tail: 7 }, ['web']],
    ['logs --tail 5000 web', 'logs', ['docker', 'logs', '--tail', '200', 'web'], { tail: 200 }, ['web']],
    ['logs --tail all web', 'logs', ['docker', 'logs', '--tail', '200', 'web'], { tail: 200 }, ['web']],
    ['top web', 'top', ['docker', 'top', 'web'], {}, ['web']],
    ['container top web', 'top', ['docker', 'container', 'top', 'web'], {}, ['web']],
    ['stats --no-stream', 'stats', ['docker', 'stats', '--no-stream'], { noStream: true }, []],
    ['stats', 'stats', ['docker', 'stats', '--no-stream'], { noStream: true }, []],
    ['container stats web tty-logger', 'stats', ['docker', 'container', 'stats', '--no-stream', 'web', 'tty-logger'], { noStream: true }, ['web', 'tty-logger']],
    ['system df', 'system-df', ['docker', 'system', 'df'], {}, []],
    ['network ls', 'network-ls', ['docker', 'network', 'ls'], {}, []],
    ['volume ls', 'volume-ls', ['docker', 'volume', 'ls'], {}, []],
    ['port web', 'port', ['docker', 'port', 'web'], {}, ['web']],
    // The read-only forms the runners support are allowed, with their values checked (L2).
    ['port web 80', 'port', ['docker', 'port', 'web', '80'], {}, ['web', '80']],
    ['port web 80/tcp', 'port', ['docker', 'port', 'web', '80/tcp'], {}, ['web', '80/tcp']],
    ['images hello-world', 'images', ['docker', 'images', 'hello-world'], {}, ['hello-world']],
    ['image ls -q fishboneapps/hello-world:latest', 'images', ['docker', 'image', 'ls', '-q', 'fishboneapps/hello-world:latest'], { quiet: true }, ['fishboneapps/hello-world:latest']],
    ['images localhost:5000/team/app:1.0', 'images', ['docker', 'images', 'localhost:5000/team/app:1.0'], {}, ['localhost:5000/team/app:1.0']],
    ['top web aux', 'top', ['docker', 'top', 'web', 'aux'], { psArgs: 'aux' }, ['web']],
    ['top web -ef', 'top', ['docker', 'top', 'web', '-ef'], { psArgs: '-ef' }, ['web']],
    ['top web -eo pid,user,args', 'top', ['docker', 'top', 'web', '-eo', 'pid,user,args'], { psArgs: '-eo pid,user,args' }, ['web']],
    ['inspect -- web', 'inspect', ['docker', 'inspect', 'web'], {}, ['web']],
  ])('%j → %s', (text, name, argv, flags, targets) => {
    expect(policy(text)).toEqual({ name, argv, flags, targets });
  });

  it('groups filters by key, as the Engine API wants them', () => {
    const cmd = policy('ps -a -f status=exited --filter=status=created -f "name=web" -fexited=3');
    expect(cmd.flags.filters).toEqual({ status: ['exited', 'created'], name: ['web'], exited: ['3'] });
    expect(cmd.argv).toEqual(['docker', 'ps', '-a', '-f', 'status=exited', '-f', 'status=created', '-f', 'name=web', '-f', 'exited=3']);
    expect(policy('images -f dangling=true').flags.filters).toEqual({ dangling: ['true'] });
    expect(policy('ps -f label=tier=front').flags.filters).toEqual({ label: ['tier=front'] });
  });
});

describe('checkPolicy: refusals', () => {
  it.each([
    'run hello-world', 'container run -it centos', 'exec web sh', 'rm web', 'container rm web', 'container remove web', 'rmi hello-world',
    'image rm x', 'kill web', 'stop web', 'start fresh', 'restart web', 'pause web', 'unpause web', 'build -t x .', 'commit web x',
    'cp web:/etc/passwd .', 'create busybox', 'pull ubuntu:14.04', 'push x', 'tag a b', 'container prune', 'image prune', 'system prune -af',
    'network create n', 'network rm n', 'volume create v', 'volume rm v', 'login', 'logout', 'swarm init', 'export web', 'save hello-world',
    'load', 'import x', 'attach web', 'wait web', 'events', 'system events', 'rename web x', 'update web', 'search ubuntu', 'diff web',
    'context use prod', 'plugin install x', 'compose up', 'service ls', 'node ls', 'secret ls', 'buildx build .', 'network inspect none',
    'volume inspect v', 'container frobnicate', 'system dial-stdio', 'trust sign x', 'manifest inspect x', 'builder prune', 'checkpoint create web c',
    'frobnicate',
  ])('%j is NOT_ALLOWED', (text) => {
    expect(refusal(text)?.code).toBe('NOT_ALLOWED');
  });

  it('names the canonical command and what it would do', () => {
    expect(refusal('rm -f web')?.details).toMatchObject({ command: 'container rm', typed: 'rm', effect: 'changes' });
    expect(refusal('image save x')?.details).toMatchObject({ command: 'image save', effect: 'reads-host' });
    expect(refusal('pull x')?.details).toMatchObject({ command: 'image pull', effect: 'registry' });
    expect(refusal('frob')?.details).toMatchObject({ command: 'frob', effect: 'unknown' });
  });

  it.each([
    ['-H tcp://10.0.0.1:2375 ps', true], ['--host=unix:///other.sock ps', true], ['--context prod ps', true],
    ['-c prod ps', true], ['--config /tmp/x ps', true], ['--tlsverify ps', true], ['--tlscacert=/x ps', true], ['-D ps', true],
    ['--log-level debug ps', true], ['-l debug ps', true], ['ps --host x', true], ['ps -H x', true], ['ps --context x', true],
    ['images --tls', true], ['ps -c x', true], ['ps --format {{.ID}}', false], ['images --format json', false], ['inspect -f {{.Config.Env}} web', false],
    ['logs -f web', false], ['logs --follow web', false], ['logs --since 1h web', false], ['stats -a', false], ['history -H hello-world', true],
    ['version --format x', false], ['--version', false], ['-v', false], ['ps -x', false], ['ps -aX', false], ['top --ps-args aux web', false],
  ])('%j is FLAG_NOT_ALLOWED (escaping: %s)', (text, escaping) => {
    const r = refusal(text);
    expect(r?.code).toBe('FLAG_NOT_ALLOWED');
    expect(r?.details.escaping).toBe(escaping);
  });

  it.each([
    ['history', 'missing-target'], ['logs', 'missing-target'], ['top', 'missing-target'], ['port', 'missing-target'],
    ['inspect', 'missing-target'], ['ps web', 'no-targets'], ['images a b', 'too-many-targets'], ['port web 80 81', 'too-many-targets'],
    ['inspect a b c d e f', 'too-many-targets'], ['logs ../../etc/passwd', 'bad-name'], ['inspect a/../../b', 'bad-name'],
    ['inspect x%2Fget', 'bad-name'], ['inspect "web?x=1"', 'bad-name'], ['inspect -- -rf', 'bad-name'], ['history a//b', 'bad-name'],
    ['ps -n', 'missing-value'], ['ps -f', 'missing-value'], ['ps -n many', 'bad-value'], ['ps --all=maybe', 'bad-value'],
    ['logs --tail -5 web', 'bad-value'], ['ps -f status', 'bad-filter'], ['ps -f status=sleeping', 'bad-filter-value'],
    ['ps -f exited=x', 'bad-filter-value'], ['images -f dangling=maybe', 'bad-filter-value'], ['ps -f before=web', 'unknown-filter'],
    // The engine itself refuses these spellings ("Invalid filter 'dangling=[TRUE]'"): refused here, with the accepted values.
    ['images -f dangling=TRUE', 'bad-filter-value'], ['images -f dangling=1', 'bad-filter-value'],
    ["ps -f 'status=exited&all=1'", 'bad-filter-value'], ['inspect web/', 'bad-name'],
    // ps options that would print a process's environment (BSD `e`, `environ`) or anything unlisted.
    ['top web e', 'bad-ps-args'], ['top web aux e', 'bad-ps-args'], ['top web eww', 'bad-ps-args'], ['top web -eo pid,environ', 'bad-ps-args'],
    ['top web -o pid=ID', 'bad-ps-args'], ['top web -- -ef', 'bad-ps-args'], ['top web failed', 'bad-ps-args'], ['top web --ps-args aux', 'bad-ps-args'],
    ['top web -eo', 'bad-ps-args'], ['port web http', 'bad-port'], ['port web 99999', 'bad-port'], ['port web 80/http', 'bad-port'],
    // A guessed secret label value is not confirmed by filtering on it (H4's oracle).
    ['ps -a -f label=db.pass=hunter2', 'bad-filter-value'], ['ps -f label=API_TOKEN=x', 'bad-filter-value'],
    ['images Hello', 'bad-reference'], ['images a:b:c', 'bad-reference'], ['images x@sha256:1', 'bad-reference'],
    ['ps -f __proto__=x', 'unknown-filter'], ['ps -f constructor=x', 'unknown-filter'], ['images -f label=x', 'unknown-filter'],
    [`ps -f name=${'x'.repeat(300)}`, 'too-long'],
  ])('%j is BAD_ARGS (%s)', (text, problem) => {
    const r = refusal(text);
    expect(r?.code).toBe('BAD_ARGS');
    expect(r?.details.problem).toBe(problem);
  });

  it('refuses an empty argv', () => {
    expect(() => checkPolicy([])).toThrow(expect.objectContaining({ code: 'BAD_ARGS' }));
  });
});
