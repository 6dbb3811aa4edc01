import { execFileSync } from 'node:child_process';
import { describe, expect } from 'vitest';
import { engineHost, itWithEngine } from '../engine-context.ts';
import { FIXTURE } from '../setup/build-fixtures.ts';

const docker = (...args: string[]) =>
  execFileSync('docker', args, { env: { ...process.env, DOCKER_HOST: engineHost()! }, encoding: 'utf8' });

describe('the private test engine', () => {
  itWithEngine('runs the notes hello-world image built FROM scratch with gcc -static', () => {
    expect(docker('logs', FIXTURE.hello)).toBe('hello docker\n');
  });

  itWithEngine('has containers in every state', () => {
    const states = docker('ps', '-a', '--format', '{{.Names}} {{.State}}');
    expect(states).toContain(`${FIXTURE.running} running`);
    expect(states).toContain(`${FIXTURE.exitedOk} exited`);
    expect(states).toContain(`${FIXTURE.exitedFail} exited`);
    expect(states).toContain(`${FIXTURE.created} created`);
  });
});
