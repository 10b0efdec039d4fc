import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../src/report/analysis-document.js';
import { runCli } from '../helpers/run-cli.js';
import { schemaErrors } from '../helpers/schema.js';
import { tempFiles } from '../helpers/temp.js';
import { ARTICLES, STORY } from './story-fixture.js';

describe('the published JSON Schema', () => {
  it('accepts what analyze prints, errors included', async () => {
    const folder = tempFiles({
      'a.txt':
        'date 2031-04-02 One.\n\nPrevious version below\n\nZero.\n\nAna Reis reported from Porto.',
      'b.jsonl':
        '{"text":"Two.","published":"2031-04-03T10:00:00+02:00","url":"https://x.example/2"}\nnot json\n',
    });
    const document = JSON.parse((await runCli('analyze', folder, '--json')).stdout);
    expect(document.articles).toHaveLength(2);
    expect(document.errors).toHaveLength(1);
    expect(schemaErrors(document)).toEqual([]);
  });

  it('accepts the cross-check of each story that analyze prints', async () => {
    const folder = tempFiles({
      'a.txt':
        'date 2031-04-02 LISBON — Dock workers walked out on Tuesday, said union leader Ana Duarte.',
      'b.txt':
        'date 2031-04-02 Dock workers in Lisbon walked out on Tuesday, union leader Ana Duarte said.',
    });
    const document = JSON.parse((await runCli('analyze', folder, '--json')).stdout);
    expect(document.stories.length).toBeGreaterThan(0);
    expect(document.stories.flatMap((story: StoryRecord) => story.facts).length).toBeGreaterThan(0);
    for (const story of document.stories)
      expect(Object.keys(story)).toEqual(
        expect.arrayContaining(['facts', 'statements', 'timeline', 'summary']),
      );
    expect(schemaErrors(document)).toEqual([]);
  });

  it('accepts facts of every verdict, statements, a timeline and a cited summary', () => {
    expect(schemaErrors({ articles: ARTICLES, stories: [STORY], errors: [] })).toEqual([]);
  });

  it('rejects a cross-check that breaks the contract', () => {
    const fact = STORY.facts[0]!;
    const broken = [
      { ...STORY, facts: [{ ...fact, status: 'likely' }] },
      { ...STORY, facts: [{ ...fact, evidence: [] }] },
      { ...STORY, facts: [{ ...fact, evidence: [{ article: ARTICLES[0]!.id, start: 0 }] }] },
      { ...STORY, statements: [{ ...STORY.statements[0]!, quotes: undefined }] },
      { ...STORY, summary: [{ text: 'No evidence.' }] },
      { ...STORY, timeline: undefined },
    ];
    for (const story of broken)
      expect(
        schemaErrors({ articles: ARTICLES, stories: [story], errors: [] }).length,
      ).toBeGreaterThan(0);
  });

  it('rejects a document that breaks the contract', () => {
    expect(schemaErrors({ articles: [{ id: 'x', text: '' }], errors: [] }).length).toBeGreaterThan(
      0,
    );
  });
});
