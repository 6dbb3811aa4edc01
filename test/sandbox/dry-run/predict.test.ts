import { describe, expect, it } from 'vitest';
import { rmRunningRefusal, noSuchImage } from '../../../src/sandbox/dry-run/docker-refusals.ts';
import type { EngineInventory, InventoryContainer, InventoryImage } from '../../../src/sandbox/dry-run/engine-inventory.ts';
import { predictContainerPrune, predictContainerRm } from '../../../src/sandbox/dry-run/predict-container-rm.ts';
import { predictImagePrune, predictImageRm } from '../../../src/sandbox/dry-run/predict-image-rm.ts';
import { readInventory, toInventoryContainer, toInventoryImage } from '../../../src/sandbox/dry-run/read-inventory.ts';
import type { EngineClient } from '../../../src/sandbox/engine/engine-client.ts';

const hex = (c: string) => c.repeat(64);
const sha = (c: string) => `sha256:${hex(c)}`;
const container = (c: string, name: string, state: string, imageId = sha('1')): InventoryContainer => ({
  id: hex(c), names: [name], image: 'img', imageId, state, status: state === 'running' ? 'Up 1 hour' : 'Exited (0) 1 hour ago',
});
const image = (c: string, tags: string[], parentId = ''): InventoryImage => ({ id: sha(c), tags, digests: [], parentId });
const inv = (containers: InventoryContainer[], images: InventoryImage[] = [], engineVersion = '20.10.24+dfsg1'): EngineInventory => ({
  engineVersion, containerdStore: false, containers, images,
});

describe('docker rm refusals, as each engine generation words them (moby daemon/delete.go)', () => {
  const web = container('a', 'web', 'running');
  const paused = container('b', 'paused', 'paused');
  it.each([
    ['20.10.24+dfsg1', web, `Error response from daemon: You cannot remove a running container ${hex('a')}. Stop the container before attempting removal or force remove`],
    ['24.0.7', paused, `Error response from daemon: You cannot remove a paused container ${hex('b')}. Unpause and then stop the container before attempting removal or force remove`],
    ['25.0.0', web, 'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove'],
    ['28.1.1', paused, 'Error response from daemon: cannot remove container "/paused": container is paused and must be unpaused first'],
    ['28.2.2', web, 'Error response from daemon: cannot remove container "aaaaaaaaaaaa": container is running: stop the container before removing or force remove'],
    ['29.0.0', { ...web, state: 'restarting' }, 'Error response from daemon: cannot remove container "aaaaaaaaaaaa": container is restarting: stop the container before removing or force remove'],
  ])('%s', (version, c, text) => {
    expect(rmRunningRefusal(version, c, 'aaaaaaaaaaaa')).toBe(text);
  });

  it('names an image the daemon cannot find as it parsed it: a short ID is read as a name with the default tag', () => {
    expect(noSuchImage('057bfec4edd8')).toBe('Error response from daemon: No such image: 057bfec4edd8:latest');
    expect(noSuchImage(sha('c'))).toBe(`Error response from daemon: No such image: ${sha('c')}`);
  });
});

describe('predictContainerRm / predictContainerPrune', () => {
  const state = inv([container('a', 'web', 'running'), container('b', 'p', 'paused'), container('c', 'done', 'exited'), container('d', 'new', 'created'), container('e', 'gone', 'dead')]);

  it('refuses running and paused without -f, removes the rest, in the order given', () => {
    const items = predictContainerRm(state, ['aaaaaaaaaaaa', 'bbbbbbbbbbbb', 'cccccccccccc', 'dddddddddddd', 'eeeeeeeeeeee'], { force: false });
    expect(items.map((i) => [i.name, i.outcome])).toEqual([['web', 'refused'], ['p', 'refused'], ['done', 'removed'], ['new', 'removed'], ['gone', 'removed']]);
    expect(items[0]).toMatchObject({ id: 'aaaaaaaaaaaa', image: 'img', status: 'Up 1 hour' });
  });

  it('removes everything with -f, and says "No such container" for a name given twice or unknown', () => {
    const items = predictContainerRm(state, ['web', 'web', 'nope'], { force: true });
    expect(items.map((i) => i.outcome)).toEqual(['removed', 'refused', 'refused']);
    expect(items[1]!.refusal).toBe('Error response from daemon: No such container: web');
  });

  it('prune keeps running and paused containers and removes created, exited and dead ones', () => {
    expect(predictContainerPrune(state).map((i) => [i.name, i.outcome])).toEqual([['web', 'kept'], ['p', 'kept'], ['done', 'removed'], ['new', 'removed'], ['gone', 'removed']]);
  });
});

describe('predictImageRm / predictImagePrune (moby daemon/images/image_delete.go)', () => {
  const images = [
    image('1', ['busybox:latest'], sha('0')), // used by a running container
    image('0', []), // its parent
    image('2', ['hello-world:latest', 'fishboneapps/hello-world:latest']), // two repositories
    image('3', ['only-stopped:latest']), // used by a stopped container
    image('4', ['unused:latest']),
    image('5', ['base:latest']),
    image('6', ['child:latest'], sha('5')),
    image('7', []), // dangling, unused
    image('8', []), // dangling, used by a stopped container
  ];
  const containers = [container('a', 'web', 'running', sha('1')), container('b', 'hello-run', 'exited', sha('2')), container('c', 'stopped', 'exited', sha('3')), container('d', 'holder', 'created', sha('8'))];
  const state = inv(containers, images);
  const short = (c: string) => c.repeat(12);

  it('refuses in the daemon\'s order and words, and removes what nothing holds', () => {
    const items = predictImageRm(state, ['1', '2', '3', '4', '5', '7'].map(short), { force: false, prune: true });
    expect(items.map((i) => i.refusal ?? i.outcome)).toEqual([
      `Error response from daemon: conflict: unable to delete ${short('1')} (cannot be forced) - image is being used by running container ${short('a')}`,
      `Error response from daemon: conflict: unable to delete ${short('2')} (must be forced) - image is referenced in multiple repositories`,
      `Error response from daemon: conflict: unable to delete ${short('3')} (must be forced) - image is being used by stopped container ${short('c')}`,
      'removed',
      `Error response from daemon: conflict: unable to delete ${short('5')} (cannot be forced) - image has dependent child images`,
      'removed',
    ]);
    expect(items[1]).toMatchObject({ name: 'hello-world:latest, fishboneapps/hello-world:latest', status: 'hello-run (exited)' });
  });

  it('acts in order: a deleted child frees its parent, and an ID given twice is gone the second time', () => {
    const items = predictImageRm(state, ['6', '5', '4', '4'].map(short), { force: false, prune: true });
    expect(items.map((i) => i.refusal ?? i.outcome)).toEqual(['removed', 'removed', 'removed', `Error response from daemon: No such image: ${short('4')}:latest`]);
  });

  it('an untagged parent refused for its child is removed later, when that child goes and takes it along', () => {
    const layered = inv([], [image('e', []), image('f', ['app:latest'], sha('e'))]);
    const items = predictImageRm(layered, ['e', 'f'].map(short), { force: false, prune: true });
    expect(items.map((i) => [i.outcome, i.removedLater ?? false])).toEqual([['removed', true], ['removed', false]]);
    expect(items[0]!.refusal).toBe(`Error response from daemon: conflict: unable to delete ${short('e')} (cannot be forced) - image has dependent child images`);
    // Child first: the parent goes with it, so docker cannot find it next. --no-prune: it stays, so the refusal stands.
    expect(predictImageRm(layered, ['f', 'e'].map(short), { force: false, prune: true }).map((i) => i.refusal ?? i.outcome)).toEqual(['removed', noSuchImage(short('e'))]);
    expect(predictImageRm(layered, ['e', 'f'].map(short), { force: false, prune: false }).map((i) => i.outcome)).toEqual(['refused', 'removed']);
  });

  it('-f deletes what only soft conflicts hold, never what a running container uses', () => {
    const items = predictImageRm(state, ['1', '2', '3'].map(short), { force: true, prune: true });
    expect(items.map((i) => i.outcome)).toEqual(['refused', 'removed', 'removed']);
  });

  it('prune removes dangling images nothing uses, and keeps one a stopped container holds', () => {
    expect(predictImagePrune(state).map((i) => [i.id, i.outcome])).toEqual([[short('7'), 'removed'], [short('8'), 'kept']]);
  });
});

describe('reading the inventory from what an engine sends', () => {
  it('keeps only strings, drops control characters and the leading slash, and tolerates missing fields', () => {
    expect(toInventoryContainer({ Id: 5, Names: ['/web\u001b[2J', { x: 1 }], State: 'running', Status: null })).toEqual({
      id: '', names: ['web[2J'], image: '<no image>', imageId: '', state: 'running', status: '',
    });
    expect(toInventoryImage({ Id: sha('1'), RepoTags: ['<none>:<none>'], RepoDigests: null, ParentId: '' })).toEqual({ id: sha('1'), tags: [], digests: [], parentId: '' });
    expect(toInventoryImage({ RepoTags: ['docker.io/library/busybox:latest'] }).tags).toEqual(['busybox:latest']);
  });

  it('refuses a list that is not a list, or an element that is not an object, instead of predicting from nothing', async () => {
    const engine = (containers: unknown): EngineClient => ({
      async json(path, _query, items) {
        if (path === '/version') return { Version: '28.2.2' };
        if (path === '/info') return {};
        const reply = path === '/containers/json' ? containers : [];
        // What the streaming parser does: elements of the streamed top-level list go to onItem, the list stays empty.
        if (Array.isArray(reply) && items) {
          for (const item of reply) items.onItem(item);
          return [];
        }
        return reply;
      },
      bytes: () => Promise.reject(new Error('unused')),
    });
    await expect(readInventory(engine(null))).rejects.toMatchObject({ code: 'ENGINE_BAD_REPLY', details: { problem: 'shape', where: 'containers' } });
    await expect(readInventory(engine({ Containers: [] }))).rejects.toMatchObject({ code: 'ENGINE_BAD_REPLY' });
    await expect(readInventory(engine([{ Id: sha('1') }, 7]))).rejects.toMatchObject({ code: 'ENGINE_BAD_REPLY', details: { where: 'containers[1]' } });
    expect((await readInventory(engine([{ Id: sha('1'), Names: ['/web'], State: 'exited' }]))).containers.map((c) => c.names)).toEqual([['web']]);
  });
});
