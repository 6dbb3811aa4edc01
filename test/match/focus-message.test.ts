import { describe, expect, it } from 'vitest';
import { focusMessage } from '../../src/match/focus-message.ts';

describe('focusMessage', () => {
  it('keeps a short message as it is', () => {
    expect(focusMessage('how do I remove exited containers')).toBe('how do I remove exited containers');
  });

  it('keeps prose, typed commands and error lines of a pasted session, and drops table rows and digests', () => {
    const paste = [
      'I ran this on my vagrant box:',
      'vagrant@ubuntu:~$ docker rm $(docker container ls -aq)',
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS   PORTS   NAMES',
      '3f2a1b0c9d8e   centos    "/bin/bash"   2 hours ago   Exited (0) 2 hours ago   upbeat_albattani',
      'Digest: sha256:' + 'a'.repeat(64),
      'Error response from daemon: You cannot remove a running container 3f2a1b0c9d8e.',
      'why does it fail?',
    ].join('\n');
    const focused = focusMessage(paste);
    expect(focused).toContain('I ran this on my vagrant box:');
    expect(focused).toContain('docker rm $(docker container ls -aq)');
    expect(focused).toContain('CONTAINER ID');
    expect(focused).toContain('You cannot remove a running container');
    expect(focused).toContain('why does it fail?');
    expect(focused).not.toContain('upbeat_albattani');
    expect(focused).not.toContain('sha256');
  });

  it('keeps the question at the end of a long paste within its budget', () => {
    const log = Array.from({ length: 400 }, (_, i) => `warning: step ${i} failed to do something rather long`).join('\n');
    const focused = focusMessage(`${log}\nso how do I see the layers of my image?`);
    expect(focused.length).toBeLessThanOrEqual(1600);
    expect(focused).toContain('how do I see the layers of my image?');
  });
});
