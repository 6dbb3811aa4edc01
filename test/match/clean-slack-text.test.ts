import { describe, expect, it } from 'vitest';
import { cleanSlackText } from '../../src/match/clean-slack-text.ts';

describe('cleanSlackText', () => {
  it('drops user, group and special mentions', () => {
    expect(cleanSlackText('<@U123ABC> hi <!here> <!subteam^S1|@ops> there')).toBe('hi there');
  });
  it('keeps a channel name, or nothing for a bare channel id', () => {
    expect(cleanSlackText('see <#C024BE7LR|docker-help> and <#C1>')).toBe('see docker-help and');
  });
  it('keeps link labels and drops bare links', () => {
    expect(cleanSlackText('read <https://docs.docker.com|the docs> or <http://x.y/z>')).toBe('read the docs or');
  });
  it('removes emoji codes but not docker flags or status filters', () => {
    expect(cleanSlackText(':whale: docker ps -a :+1: status=exited')).toBe('docker ps -a status=exited');
  });
  it('unwraps bold, italic, strike, inline code and code fences', () => {
    expect(cleanSlackText('*why* _does_ ~it~ `docker run centos` ```exit```')).toBe('why does it docker run centos exit');
  });
  it('keeps underscores inside words', () => {
    expect(cleanSlackText('upbeat_albattani')).toBe('upbeat_albattani');
  });
  it('decodes entities after links, so a decoded < starts no link', () => {
    expect(cleanSlackText('a &amp; b &lt;@U1&gt; c')).toBe('a & b <@U1> c');
  });
  it('handles empty and whitespace-only text', () => {
    expect(cleanSlackText('')).toBe('');
    expect(cleanSlackText(' \n\t ')).toBe('');
  });
  it('leaves Chinese text alone', () => {
    expect(cleanSlackText('<@U1> 刪除退出的容器')).toBe('刪除退出的容器');
  });
});
