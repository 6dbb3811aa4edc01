import { describe, expect, it } from 'vitest';
import { commandText } from '../../../src/slack/blocks/command-text.ts';

describe('commandText', () => {
  it('always shows the leading docker, once', () => {
    expect(commandText(['ps', '-a'])).toBe('docker ps -a');
    expect(commandText(['docker', 'images'])).toBe('docker images');
    expect(commandText('  docker   ps  ')).toBe('docker ps');
    expect(commandText('')).toBe('docker');
  });
});
