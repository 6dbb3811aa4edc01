import { describe, expect, it } from 'vitest';
import { engineError, onEngine } from '../../../src/sandbox/commands/engine-error.ts';
import { isDockhandError } from '../../../src/errors.ts';

describe('engineError', () => {
  it('turns a 404 into NOT_FOUND with the CLI wording', () => {
    const err = engineError({ statusCode: 404, json: { message: 'No such container: x' } }, 'container', 'x');
    expect(isDockhandError(err, 'NOT_FOUND')).toBe(true);
    expect(err.message).toBe('No such container: x');
  });

  it("reports other engine answers as the daemon's words", () => {
    const err = engineError({ statusCode: 409, json: { message: 'Container abc is not running' } }, 'container', 'x');
    expect(isDockhandError(err, 'ENGINE_ERROR')).toBe(true);
    expect(err.message).toBe('Error response from daemon: Container abc is not running');
  });

  it('leaves connection failures for the sandbox layer', async () => {
    const down = Object.assign(new Error('connect ENOENT /nope.sock'), { code: 'ENOENT' });
    await expect(onEngine(() => Promise.reject(down), 'image', 'x')).rejects.toBe(down);
  });
});
