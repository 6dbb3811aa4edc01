import { describe, expect, it } from 'vitest';
import { DockhandError } from '../../src/errors.ts';
import { EngineHttpError } from '../../src/sandbox/engine/engine-client.ts';
import { JsonStreamError } from '../../src/sandbox/engine/json-stream.ts';
import { ReplyCutOffError, ReplyTooLargeError } from '../../src/sandbox/engine/read-reply.ts';
import { toSandboxError } from '../../src/sandbox/to-sandbox-error.ts';

const sys = (code: string) => Object.assign(new Error(`connect ${code} /x.sock`), { code });

describe('toSandboxError (what happened, with the original kept as the cause)', () => {
  it.each([
    [sys('ENOENT'), 'SANDBOX_UNREACHABLE', { reason: 'no-socket', sysCode: 'ENOENT' }],
    [sys('ECONNREFUSED'), 'SANDBOX_UNREACHABLE', { reason: 'refused' }],
    [sys('EACCES'), 'SANDBOX_UNREACHABLE', { reason: 'permission' }],
    [sys('ECONNRESET'), 'SANDBOX_UNREACHABLE', { reason: 'closed' }],
    [sys('ENOTFOUND'), 'SANDBOX_UNREACHABLE', { reason: 'name' }],
    [sys('DEPTH_ZERO_SELF_SIGNED_CERT'), 'SANDBOX_UNREACHABLE', { reason: 'other' }],
    [new ReplyTooLargeError(8 * 1024 * 1024), 'SANDBOX_TOO_LARGE', { limitBytes: 8 * 1024 * 1024 }],
    [new JsonStreamError('too-deep', 'deep'), 'ENGINE_BAD_REPLY', { problem: 'too-deep' }],
    [new ReplyCutOffError(), 'ENGINE_BAD_REPLY', { problem: 'truncated' }],
    [new EngineHttpError(404, 'page not found'), 'NOT_FOUND', { kind: 'object' }],
    [new EngineHttpError(500, 'boom'), 'ENGINE_ERROR', { statusCode: 500 }],
  ] as const)('%s → %s', (err, code, details) => {
    const out = toSandboxError(err);
    expect(out.code).toBe(code);
    expect(out.details).toMatchObject(details);
    expect(out.cause).toBe(err);
  });

  it('reports a bug in Dockhand as one, never as an outage (code-review problem 3)', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'Names')");
    const out = toSandboxError(bug);
    expect(out.code).toBe('INTERNAL_ERROR');
    expect(out.cause).toBe(bug);
    // A Node API misuse carries a code too, but it is ours, not the network's.
    expect(toSandboxError(Object.assign(new TypeError('bad arg'), { code: 'ERR_INVALID_ARG_TYPE' })).code).toBe('INTERNAL_ERROR');
  });

  it('passes coded errors through, and says timeout when the deadline was what stopped it', () => {
    const own = new DockhandError('NOT_FOUND', 'No such container: x', { kind: 'container', name: 'x' });
    expect(toSandboxError(own)).toBe(own);
    const deadline = new AbortController();
    deadline.abort(new DockhandError('SANDBOX_TIMEOUT', 'late', { ms: 5000 }));
    const out = toSandboxError(sys('ECONNRESET'), deadline.signal);
    expect(out).toMatchObject({ code: 'SANDBOX_TIMEOUT', details: { ms: 5000 } });
  });
});
