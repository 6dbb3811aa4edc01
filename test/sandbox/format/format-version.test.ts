import { describe, expect, it } from 'vitest';
import { ansicDate, formatVersion, type EngineVersion } from '../../../src/sandbox/format/format-version.ts';
import { engineJson, golden } from './engine-fixture.ts';

const client = { name: 'Dockhand', version: '0.1.0', apiVersion: '1.41', osArch: 'linux/amd64', context: 'sandbox' };

describe('formatVersion', () => {
  it('prints the Server section exactly as the CLI did', () => {
    const out = formatVersion(engineJson<EngineVersion>('version.json'), client);
    expect(out.slice(out.indexOf('Server:'))).toBe(golden('version-server.txt'));
  });

  it('describes Dockhand in the Client section, aligned like the CLI, without the bot\'s own Node version (L3)', () => {
    const out = formatVersion({}, client);
    expect(out).toBe('Client: Dockhand\n Version:           0.1.0\n API version:       1.41\n OS/Arch:           linux/amd64\n Context:           sandbox\n\nServer:\n');
    expect(out).not.toMatch(/Node|v\d+\.\d+\.\d+/);
  });

  it('cleans what the engine says about itself', () => {
    const out = formatVersion({ Components: [{ Name: 'Engine', Version: '1\u001b[2J', Details: { GitCommit: 'token=xoxb-1-2' } }] }, client);
    expect(out).toContain('Version:          1\\x1b[2J');
    expect(out).toContain('Git commit:       token=<redacted>');
  });

  it('reformats RFC 3339 build times as Go ANSIC in their own offset, and leaves others alone', () => {
    expect(ansicDate('2023-04-14T10:32:03.000000000+00:00')).toBe('Fri Apr 14 10:32:03 2023');
    expect(ansicDate('2026-05-07T21:09:36Z')).toBe('Thu May  7 21:09:36 2026');
    expect(ansicDate('yesterday')).toBe('yesterday');
  });
});
