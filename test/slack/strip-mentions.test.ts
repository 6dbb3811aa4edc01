import { describe, expect, it } from 'vitest';
import { mentions, stripMentions } from '../../src/slack/strip-mentions.ts';

describe('stripMentions', () => {
  it('removes user mentions so the rest reads as typed', () => {
    expect(stripMentions('<@U0BOT> what are namespaces?')).toBe('what are namespaces?');
    expect(stripMentions('<@U0BOT|dockhand>   ps -a')).toBe('ps -a');
    expect(stripMentions('<@U0BOT>')).toBe('');
    expect(stripMentions('ask <#C123|general>')).toBe('ask <#C123|general>');
  });
});

describe('mentions', () => {
  it('finds the bot user mention and nothing else', () => {
    expect(mentions('hi <@U0BOT> there', 'U0BOT')).toBe(true);
    expect(mentions('hi <@U0BOTX>', 'U0BOT')).toBe(false);
    expect(mentions('hi <@U0BOT>', undefined)).toBe(false);
  });
});
