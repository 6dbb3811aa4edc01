import { describe, expect, it } from 'vitest';
import { isDockhandError } from '../../../src/errors.ts';
import { daemonSaid, engineError, onEngine } from '../../../src/sandbox/commands/engine-error.ts';
import { EngineHttpError } from '../../../src/sandbox/engine/engine-client.ts';

describe('engineError', () => {
  it('turns a 404 into NOT_FOUND with the CLI wording', () => {
    const err = engineError(new EngineHttpError(404, 'No such container: x'), 'container', 'x');
    expect(isDockhandError(err, 'NOT_FOUND') && err.message).toBe('No such container: x');
  });

  it("reports other engine answers as the daemon's words, kept as the cause", () => {
    const cause = new EngineHttpError(409, 'Container abc is not running');
    const err = engineError(cause, 'container', 'x');
    expect(isDockhandError(err, 'ENGINE_ERROR') && err.message).toBe('Error response from daemon: Container abc is not running');
    expect((err as Error).cause).toBe(cause);
  });

  it('leaves connection failures for the sandbox layer', async () => {
    const down = Object.assign(new Error('connect ENOENT /nope.sock'), { code: 'ENOENT' });
    await expect(onEngine(() => Promise.reject(down), 'image', 'x')).rejects.toBe(down);
  });
});

describe('daemonSaid (the engine\'s words, made safe to show)', () => {
  it('redacts secrets, escapes control characters and clips to one short line', () => {
    const said = daemonSaid(`failed: DB_PASSWORD=hunter2-MSG500 token xoxb-9-9-hunter2 \u001b[2J <!channel> ${'x'.repeat(5000)}`);
    expect(said).toMatch(/^Error response from daemon: failed: DB_PASSWORD=<redacted> token <redacted> \\x1b\[2J <!channel> x+…$/);
    expect(said).not.toContain('hunter2');
    expect(said.length).toBeLessThanOrEqual(530);
  });
});
