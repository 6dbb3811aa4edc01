import { describe, expect, it } from 'vitest';
import { formatPs, type EngineContainer } from '../../../src/sandbox/format/format-ps.ts';
import { engineJson, golden, NOW } from './engine-fixture.ts';

const containers = engineJson<EngineContainer[]>('containers.json');

describe('formatPs', () => {
  it('prints the classic table exactly as the CLI did (ports, digests, CJK, missing fields)', () => {
    expect(formatPs(containers, { now: NOW })).toBe(golden('ps-all.txt'));
  });

  it('prints --no-trunc -s exactly as the CLI did (all names, full command, sizes)', () => {
    expect(formatPs(containers, { now: NOW, noTrunc: true, size: true })).toBe(golden('ps-all-no-trunc-size.txt'));
  });

  it('prints -q as one short ID per line', () => {
    expect(formatPs(containers, { now: NOW, quiet: true })).toBe(golden('ps-quiet.txt'));
  });

  it('prints only the header for an empty list, and nothing with -q', () => {
    expect(formatPs([], { now: NOW })).toBe(
      'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
    );
    expect(formatPs([], { now: NOW, quiet: true })).toBe('');
  });

  it('redacts a token in COMMAND before cutting it to 20 columns', () => {
    const out = formatPs([{ Id: 'a'.repeat(64), Names: ['/x'], Command: 'ghp_abcdefghijklmnop run', Created: 0 }], { now: NOW });
    expect(out).toContain('"<redacted> run"');
    expect(out).not.toContain('ghp_');
  });
});
