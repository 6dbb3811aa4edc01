import { describe, expect, it } from 'vitest';
import { createCardStore } from '../../src/knowledge/card-store.ts';
import { renderText } from '../../src/render/render-text.ts';
import type { Reply } from '../../src/reply.ts';
import { makeCard } from '../helpers.ts';

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
    expect(text).toContain('指令：');
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

  it('says a dry run removed nothing, with or without candidates', () => {
    const base = { kind: 'dry-run' as const, lang: 'en' as const, command: ['docker', 'container', 'prune'], listed: ['docker', 'ps', '-aq'], card: null };
    expect(renderText({ ...base, output: 'abc\ndef\n', count: 2 })).toContain('would remove 2 item(s):\nabc\ndef');
    expect(renderText({ ...base, output: '', count: 0 })).toContain('there is nothing it would remove');
  });

  it('renders every help example', () => {
    const text = renderText({ kind: 'help', lang: 'en' });
    expect(text).toContain('/docker ps -a');
    expect(text).toContain('/docker how do I remove exited containers');
  });
});
