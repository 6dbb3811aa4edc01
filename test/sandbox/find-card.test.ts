import { describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { findCard } from '../../src/sandbox/find-card.ts';
import { makeCard } from '../helpers.ts';

const cmd = (c: string, readOnly = false) => ({ cmd: c, readOnly });

const store = createCardStore([
  makeCard({ id: 'cleanup', commands: [cmd('docker container ls -f "status=exited" -q', true), cmd('docker rm $(docker container ls -f "status=exited" -q)')] }),
  makeCard({ id: 'remove-one', commands: [cmd('docker container rm web'), cmd('docker rm -f web')] }),
  makeCard({ id: 'run-it', commands: [cmd('sudo docker run hello-world'), cmd('docker container ls -a', true)] }),
  makeCard({ id: 'images', commands: [cmd('docker image ls', true), cmd('docker rmi hello-world')] }),
  makeCard({ id: 'shell-only', commands: [cmd('ps -ef | grep docker'), cmd('systemctl status docker'), cmd('rm -rf /tmp/x')] }),
  makeCard({ id: 'no-commands', commands: [] }),
]);

describe('findCard', () => {
  it.each([
    [['rm', '-f', 'web'], 'remove-one'], // exact line wins
    [['container', 'remove', 'x'], 'remove-one'], // alias of container rm; earliest position
    [['run', '-it', 'centos'], 'run-it'],
    [['container', 'run', 'x'], 'run-it'],
    [['image', 'rm', 'x'], 'images'],
    [['ps', '-a'], 'cleanup'],
    [['images', '-a'], 'images'],
  ])('%j → %s', (argv, id) => {
    expect(findCard(store, argv)).toBe(id);
  });

  it('prefers the card that shows a command several ways over one that mentions it once', () => {
    const cards = createCardStore([
      makeCard({ id: 'a-cgroups', commands: [cmd('docker run -it --memory 256m ubuntu bash')] }),
      makeCard({ id: 'run-vs-it', commands: [cmd('docker run centos'), cmd('docker container ls -a', true), cmd('docker run -it centos')] }),
    ]);
    expect(findCard(cards, ['run', 'hello', 'world'])).toBe('run-vs-it');
  });

  it('finds nothing for commands no card teaches, and ignores non-docker lines', () => {
    expect(findCard(store, ['swarm', 'init'])).toBeNull();
    expect(findCard(store, ['grep'])).toBeNull();
    expect(findCard(store, ['top', 'web'])).toBeNull();
    expect(findCard(store, [])).toBeNull();
  });
});
