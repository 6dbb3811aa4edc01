import { describe, expect, it } from 'vitest';
import { toMrkdwn } from '../../../src/slack/blocks/to-mrkdwn.ts';

describe('toMrkdwn', () => {
  it('turns Markdown bold, italics, headings, lists and links into Slack mrkdwn', () => {
    expect(toMrkdwn('**pid** and *net*')).toBe('*pid* and _net_');
    expect(toMrkdwn('## Namespaces')).toBe('*Namespaces*');
    expect(toMrkdwn('- one\n* two')).toBe('• one\n• two');
    expect(toMrkdwn('[docs](https://docs.docker.com/x)')).toBe('<https://docs.docker.com/x|docs>');
  });

  it('escapes &, < and > so card text cannot become Slack markup', () => {
    expect(toMrkdwn('a <@U123> & b > c')).toBe('a &lt;@U123&gt; &amp; b &gt; c');
  });

  it('leaves code alone: fences keep their content, lose the language tag', () => {
    expect(toMrkdwn('```bash\ndocker ps **-a**\n```')).toBe('```\ndocker ps **-a**\n```');
    expect(toMrkdwn('run `ls *.md*` now')).toBe('run `ls *.md*` now');
  });

  it('handles Chinese text and empty input', () => {
    expect(toMrkdwn('**namespaces** 限制 Container **看得到**什麼')).toBe('*namespaces* 限制 Container *看得到*什麼');
    expect(toMrkdwn('')).toBe('');
  });

  it('collapses runs of blank lines', () => {
    expect(toMrkdwn('a\n\n\n\nb')).toBe('a\n\nb');
  });
});
