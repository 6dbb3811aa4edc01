import { describe, expect, it } from 'vitest';
import { redactInspect } from '../../../src/sandbox/format/redact-inspect.ts';

describe('redactInspect', () => {
  it('hides every Env value, keeps names and entries without "="', () => {
    expect(redactInspect({ Config: { Env: ['A=1', 'EMPTY=', 'INHERITED', 'X=a=b'] } })).toEqual({
      Config: { Env: ['A=<redacted>', 'EMPTY=<redacted>', 'INHERITED', 'X=<redacted>'] },
    });
  });

  it('hides secret-named fields and the value after a secret-named flag', () => {
    const out = redactInspect({
      Labels: { 'com.example.api-token': 'abc', Password: 'x', tier: 'front', secret_count: 3 },
      Args: ['--password', 'hunter2', '--name', 'web'],
    });
    expect(out).toEqual({
      Labels: { 'com.example.api-token': '<redacted>', Password: '<redacted>', tier: 'front', secret_count: 3 },
      Args: ['--password', '<redacted>', '--name', 'web'],
    });
  });

  it('keeps key order, nulls, numbers and empty containers', () => {
    const input = { b: null, a: 1, c: [], d: {}, e: true };
    expect(Object.keys(redactInspect(input) as object)).toEqual(['b', 'a', 'c', 'd', 'e']);
    expect(redactInspect(input)).toEqual(input);
  });

  it('hides paths on the sandbox host: data-root files, graph driver dirs, mount sources, bind sources (L3)', () => {
    const out = redactInspect({
      ResolvConfPath: '/var/lib/docker/containers/x/resolv.conf', HostsPath: '/h', HostnamePath: '/n', LogPath: '/l', Path: 'sh',
      GraphDriver: { Name: 'overlay2', Data: { LowerDir: '/var/lib/docker/overlay2/a/diff', MergedDir: '/m', UpperDir: '/u', WorkDir: '/w' } },
      Mounts: [{ Type: 'bind', Source: '/srv/secret-data', Destination: '/data' }, { Type: 'tmpfs', Source: '', Destination: '/t' }],
      HostConfig: { Binds: ['/srv/secret-data:/data:ro', 'named:/v'] },
      NetworkSettings: { SandboxKey: '/var/run/docker/netns/abc' },
    });
    expect(out).toEqual({
      ResolvConfPath: '<hidden>', HostsPath: '<hidden>', HostnamePath: '<hidden>', LogPath: '<hidden>', Path: 'sh',
      GraphDriver: { Name: 'overlay2', Data: { LowerDir: '<hidden>', MergedDir: '<hidden>', UpperDir: '<hidden>', WorkDir: '<hidden>' } },
      Mounts: [{ Type: 'bind', Source: '<hidden>', Destination: '/data' }, { Type: 'tmpfs', Source: '', Destination: '/t' }],
      HostConfig: { Binds: ['<hidden>:/data:ro', 'named:/v'] },
      NetworkSettings: { SandboxKey: '<hidden>' },
    });
  });

  it('redacts the secret shapes of the red-team review in Args, Cmd and labels (H4)', () => {
    const out = JSON.stringify(redactInspect({
      Args: ['-c', 'sleep 100000 --db-pass hunter2-CMD -p hunter2-P', '--db-pass', 'hunter2-ARGS', '-p', 'hunter2-SHORTP', '--auth=Basic dXNlcjpodW50ZXIy',
        'PGPASS=hunter2-PGPASS', 'DB_PASS=hunter2-DBPASS', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJodW50ZXIyIn0.c2lnbmF0dXJl', 'AIzaSyA1234567890abcdefghijklmnopqrstuv',
        '-p', '8080:80'],
      Config: { Labels: { 'db.pass': 'hunter2-LABEL', 'note': 'mysql -phunter2-NOTE' } },
    }));
    expect(out).not.toMatch(/hunter2|dXNlcjpodW50ZXIy|AIzaSy|eyJzdWIi/);
    expect(out).toContain('"-p","8080:80"');
  });
});
