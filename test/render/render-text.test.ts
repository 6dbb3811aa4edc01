import { describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { renderText } from '../../src/render/render-text.ts';
import type { Reply } from '../../src/reply.ts';
import { makeCard } from '../helpers.ts';
import { makeDryRun } from '../helpers.ts';

const store = createCardStore([makeCard(), makeCard({ id: 'list-containers', related: ['remove-exited-containers'] })]);

describe('renderText', () => {
  it('shows an answer with title, body, commands (read-only marked), source and related titles', () => {
    const card = store.view('list-containers', 'en')!;
    const text = renderText({ kind: 'answer', lang: 'en', card, score: 0.1 });
    expect(text).toContain('*Remove exited containers*');
    expect(text).toContain('Exited containers stay until removed.');
    expect(text).toMatch(/\$ docker container ls -f "status=exited" -q +\(read-only/);
    expect(text).toMatch(/\$ docker container prune\n +asks first/);
    expect(text).toContain('Source (course notes): 認識 Container > Container 實作');
    expect(text).toContain('Related: Remove exited containers');
  });

  it('writes the frame of a Simplified answer in Simplified', () => {
    const card = store.view('remove-exited-containers', 'zh-CN')!;
    const text = renderText({ kind: 'answer', lang: 'zh-CN', card, score: 0.1 });
    expect(text).toContain('命令：');
    expect(text).toContain('唯读');
    expect(text).not.toContain('唯讀');
  });

  it('numbers suggestions and points off-topic askers at help', () => {
    const sugg: Reply = { kind: 'suggestions', lang: 'en', score: 0.5, suggestions: [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }] };
    expect(renderText(sugg)).toBe("I'm not sure which one you mean. Did you mean:\n  1. A\n  2. B");
    expect(renderText({ kind: 'no-answer', lang: 'zh-TW' })).toContain('/docker help');
  });

  it('prints a sandbox run as the command line and the CLI output', () => {
    const text = renderText({ kind: 'run', lang: 'en', command: ['docker', 'ps'], output: 'CONTAINER ID   IMAGE\n' });
    expect(text).toBe('$ docker ps\nCONTAINER ID   IMAGE');
  });

  it('explains a refusal and names the card that teaches the command', () => {
    const text = renderText({
      kind: 'refused', lang: 'en', command: ['docker', 'rm', 'web'], code: 'NOT_ALLOWED',
      reason: '`docker rm` deletes containers.', card: { id: 'remove-exited-containers', title: 'Remove exited containers' },
    });
    expect(text).toBe("$ docker rm web\nI won't run that on the sandbox: `docker rm` deletes containers.\nLearn it: Remove exited containers");
  });

  it('shows a dry run as a table of what docker would do, with docker\'s refusal under the refused', () => {
    expect(renderText(makeDryRun())).toBe([
      '$ docker rm $(docker container ls -a -q)',
      'Dry run: nothing was removed. Right now docker would remove 2 and refuse 1:',
      'CONTAINER ID   NAME      IMAGE                     STATUS                   DOCKER WOULD',
      'a1b2c3d4e5f6   web       dockhand/busybox:latest   Up 2 hours               refuse',
      '  ↳ Error response from daemon: You cannot remove a running container a1b2c3d4e5f6. Stop the container before attempting removal or force remove',
      '0f9e8d7c6b5a   done-ok   dockhand/busybox:latest   Exited (0) 2 hours ago   remove',
      '123456789abc   fresh     dockhand/busybox:latest   Created                  remove',
      '(list them yourself with: docker container ls -a -q)',
      'Learn it: Remove all containers',
    ].join('\n'));
    expect(renderText(makeDryRun({ items: [], total: { removed: 0, refused: 0, kept: 0 } }))).toContain('there is nothing it would remove');
  });

  it('shows a prune as what it removes and what it keeps, an image table by what uses each image, in Chinese too', () => {
    const prune = makeDryRun({ command: ['docker', 'image', 'prune'], objects: 'images', total: { removed: 1, refused: 0, kept: 1 }, items: [
      { id: 'aaaaaaaaaaaa', name: '<none>:<none>', image: '', status: '', outcome: 'removed', refusal: null },
      { id: 'bbbbbbbbbbbb', name: '<none>:<none>', image: '', status: 'dangling-user (created)', outcome: 'kept', refusal: null },
    ] });
    const text = renderText(prune);
    expect(text).toContain('would remove 1 and keep 1:');
    expect(text).toContain('IMAGE ID       REPOSITORY:TAG   USED BY                   DOCKER WOULD\n');
    expect(text).toContain('aaaaaaaaaaaa   <none>:<none>    –                         remove\n');
    expect(text).toContain('bbbbbbbbbbbb   <none>:<none>    dangling-user (created)   keep\n');
    const zh = renderText({ ...prune, lang: 'zh-TW' });
    expect(zh).toContain('docker 會刪除 1 個、保留 1 個');
    expect(zh).toContain('保留');
  });

  it('shows an image refused for its child, then pruned with it, as both: docker\'s error and the removal', () => {
    const refusal = 'Error response from daemon: conflict: unable to delete eeeeeeeeeeee (cannot be forced) - image has dependent child images';
    const rmi = makeDryRun({ command: ['docker', 'rmi', '$(docker images -aq)'], objects: 'images', total: { removed: 2, refused: 0, kept: 0 }, items: [
      { id: 'eeeeeeeeeeee', name: '<none>:<none>', image: '', status: '', outcome: 'removed', refusal, removedLater: true },
      { id: 'ffffffffffff', name: 'app:latest', image: '', status: '', outcome: 'removed', refusal: null },
    ] });
    const text = renderText(rmi);
    expect(text).toContain('eeeeeeeeeeee   <none>:<none>    –         refuse, then remove\n');
    expect(text).toContain(`  ↳ ${refusal}\n`);
    expect(text).toContain('ffffffffffff   app:latest       –         remove\n');
    expect(renderText({ ...rmi, lang: 'zh-CN' })).toContain('先拒绝，之后删除');
  });

  it('counts the items a long dry run does not list one by one', () => {
    expect(renderText(makeDryRun({ total: { removed: 40, refused: 1, kept: 0 } }))).toContain('… and 38 more');
  });

  it('renders every help example', () => {
    const text = renderText({ kind: 'help', lang: 'en' });
    expect(text).toContain('/docker ps -a');
    expect(text).toContain('/docker how do I remove exited containers');
  });
});
