import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../src/render/report-csv.ts';
import { reportText } from '../../src/render/report-text.ts';
import { reportJson } from '../../src/store/report.ts';
import { sampleReport, SINCE } from './report-fixture.ts';

describe('report renderers', () => {
  it('--json has exactly the documented fields', () => {
    const json = reportJson(sampleReport());
    expect(Object.keys(json)).toEqual(['since', 'questions', 'answered', 'unanswered', 'feedback', 'refused', 'languages']);
    expect(json).toMatchObject({
      since: new Date(SINCE).toISOString(),
      questions: 14,
      answered: 9,
      unanswered: [{ text: 'how do I mount a host folder', count: 3 }, { text: '<script>alert(1)</script> & "quotes"', count: 1 }, { text: '怎麼掛載資料夾', count: 1 }],
      feedback: [{ card: 'namespaces', up: 3, down: 2, reasons: [{ reason: 'wrong-facts', count: 1, comments: ['ipc is missing'] }, { reason: 'unclear', count: 1, comments: [] }] }],
      refused: [{ signature: 'docker container run -i -t', count: 5 }, { signature: 'docker container rm -f', count: 2 }],
      languages: { en: 10, 'zh-TW': 4 },
    });
    expect(Object.keys((json.unanswered as object[])[0]!)).toEqual(['text', 'count']);
  });

  it('--csv is one RFC 4180 table, quoted where needed, formulas neutralised', () => {
    const csv = reportCsv({ ...sampleReport(), refused: [{ signature: '=HYPERLINK("x")', count: 1 }] });
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('section,item,count,up,down,detail');
    expect(lines).toContain('summary,questions,14,,,');
    expect(lines).toContain('day,2026-11-26,10,,,answered 6');
    expect(lines).toContain('unanswered,how do I mount a host folder,3,,,group 1; topic bind-mounts');
    expect(lines).toContain('unanswered,"<script>alert(1)</script> & ""quotes""",1,,,group 2');
    expect(lines).toContain('feedback,namespaces,5,3,2,wrong-facts 1: ipc is missing; unclear 1');
    expect(lines).toContain(`refused,"'=HYPERLINK(""x"")",1,,,`);
    expect(lines).toContain('language,zh-TW,4,,,');
  });

  it('text numbers the groups the way kb draft takes them', () => {
    const text = reportText(sampleReport());
    expect(text).toContain('14 questions, 9 answered with a card (64%)');
    expect(text).toMatch(/ {2}1\. {4}3× {2}how do I mount a host folder {2}\[not in the notes: bind-mounts\]/);
    expect(text).toContain('namespaces: 👍 3 👎 2 — wrong-facts 1, unclear 1');
    expect(text).toContain('   5×  docker container run -i -t');
  });
});
