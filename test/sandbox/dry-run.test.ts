import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createDockerSandbox } from '../../src/sandbox/docker-sandbox.ts';
import { planDryRun, runDryRun } from '../../src/sandbox/dry-run.ts';
import { parseCommand } from '../../src/sandbox/parse-command.ts';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { engineFingerprint } from '../helpers.ts';

const plan = (text: string) => planDryRun(parseCommand(text));
const docker = (...args: string[]) =>
  execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: engineHost()! }, encoding: 'utf8' });
const lines = (text: string) => text.split('\n').filter(Boolean);

describe('planDryRun', () => {
  it.each([
    ['docker rm $(docker container ls -f "status=exited" -q)', ['docker', 'container', 'ls', '-f', 'status=exited', '-q']],
    ['docker rm $(docker container ls -aq)', ['docker', 'container', 'ls', '-a', '-q']],
    ['docker rm $(docker ps -aq)', ['docker', 'ps', '-a', '-q']],
    ['rm -f $(docker ps -q)', ['docker', 'ps', '-q']],
    ['docker container rm `docker ps -a -q`', ['docker', 'ps', '-a', '-q']],
    ['docker rmi $(docker images -q)', ['docker', 'images', '-q']],
    ['docker image rm $(docker image ls -q -f dangling=true)', ['docker', 'image', 'ls', '-q', '-f', 'dangling=true']],
    ['docker container prune', ['docker', 'container', 'ls', '-a', '-f', 'status=created', '-f', 'status=exited', '-f', 'status=dead']],
    ['docker container prune -f', ['docker', 'container', 'ls', '-a', '-f', 'status=created', '-f', 'status=exited', '-f', 'status=dead']],
    ['docker image prune', ['docker', 'image', 'ls', '-f', 'dangling=true']],
  ])('%j lists with %j', (text, listed) => {
    expect(plan(text)?.listing.argv).toEqual(listed);
  });

  it.each([
    'docker rm $(docker ps -a)', // no -q: the shell would pass table words as names
    'docker rm $(docker images -q)', // images fed to rm
    'docker rmi $(docker ps -aq)', // containers fed to rmi
    'docker rm $(ps -aq)', // the host's ps, not docker's
    'docker rm $(docker ps -aq --format x)',
    'docker rm web $(docker ps -aq)',
    'docker stop $(docker ps -q)',
    'docker rm --link $(docker ps -aq)',
    'docker image prune -a',
    'docker system prune',
    'docker volume prune',
    'docker ps -a',
    'docker rm web',
  ])('%j is no dry-run idiom', (text) => {
    expect(plan(text)).toBeNull();
  });

  itWithEngine('predicts for every container and image each idiom names, and removes nothing', async () => {
    const host = engineHost()!;
    const before = await engineFingerprint(host);
    const sandbox = createDockerSandbox({ host, tls: null, timeoutMs: 10_000 });
    const exited = await runDryRun(plan('docker rm $(docker container ls -f "status=exited" -q)')!, sandbox);
    expect(exited.items.map((i) => i.id)).toEqual(lines(docker('container', 'ls', '-f', 'status=exited', '-q')));
    expect(exited.items.every((i) => i.outcome === 'removed' && /^Exited/.test(i.status))).toBe(true);

    const all = await runDryRun(plan('docker rm $(docker container ls -aq)')!, sandbox);
    expect(all.items.map((i) => i.id)).toEqual(lines(docker('ps', '-aq')));
    const running = lines(docker('ps', '-q'));
    expect(all.items.filter((i) => i.outcome === 'refused').map((i) => i.id).sort()).toEqual([...running].sort());

    const prune = await runDryRun(plan('docker container prune')!, sandbox);
    const states = lines(docker('ps', '-a', '--format', '{{.ID}} {{.State}}')).map((l) => l.split(' '));
    expect(prune.items.filter((i) => i.outcome === 'removed').map((i) => i.id).sort()).toEqual(
      states.filter(([, s]) => s !== 'running' && s !== 'paused').map(([id]) => id).sort(),
    );

    const images = await runDryRun(plan('docker rmi $(docker images -q)')!, sandbox);
    expect(images.objects).toBe('images');
    // Images created in the same second come back in any order from one call to the next: compare as sets.
    expect(images.items.map((i) => i.id).sort()).toEqual(lines(docker('images', '-q')).sort());
    expect(images.items.find((i) => i.name.includes('dockhand/busybox'))?.refusal).toMatch(/image is being used by running container/);
    expect(await engineFingerprint(host)).toBe(before);
  });
});
