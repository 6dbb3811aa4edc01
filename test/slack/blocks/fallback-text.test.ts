import { describe, expect, it } from 'vitest';
import { fallbackText } from '../../../src/slack/blocks/fallback-text.ts';
import { makeDryRun } from '../../helpers.ts';

describe('fallbackText', () => {
  it('gives a short, meaningful notification text for each kind', () => {
    expect(fallbackText({ kind: 'run', lang: 'en', command: ['ps'], output: 'x' })).toBe('docker ps');
    expect(fallbackText({ kind: 'no-answer', lang: 'en' })).toMatch(/don't know/);
    expect(fallbackText({ kind: 'suggestions', lang: 'en', score: 0.5, suggestions: [{ id: 'a', title: 'Alpha' }] })).toContain('Alpha');
    expect(fallbackText({ kind: 'error', lang: 'en', command: null, code: 'SANDBOX_TIMEOUT', message: 'slow' })).toContain('slow');
    expect(fallbackText({ kind: 'refused', lang: 'en', command: null, code: 'NOT_ALLOWED', reason: 'r'.repeat(1000), card: null }).length).toBeLessThanOrEqual(300);
    expect(fallbackText(makeDryRun({ items: [], total: { removed: 0, refused: 0, kept: 0 } }))).toMatch(/nothing it would remove/);
    expect(fallbackText(makeDryRun())).toBe('Dry run: nothing was removed. Right now docker would remove 2 and refuse 1:');
  });

  it('escapes what Slack would read as a ping or a link (the notification text is mrkdwn too)', () => {
    const text = fallbackText({ kind: 'refused', lang: 'en', command: null, code: 'NOT_ALLOWED', reason: "`docker 'frob<!here>'` & <http://x|y>", card: null });
    expect(text).toContain('&lt;!here&gt;');
    expect(text).toContain('&amp;');
    expect(text).not.toMatch(/<!here>|<http/);
  });
});
