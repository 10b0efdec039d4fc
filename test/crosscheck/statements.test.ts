import { describe, expect, it } from 'vitest';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import { ownSources, storyArticles } from './invented-reports.js';

/** The statements of two invented match reports, each as the sorted texts of its wordings. */
function statementsOf(first: string, second: string): string[][] {
  const articles = storyArticles([
    { outlet: 'Dunmore Gazette', published: '2034-03-12', text: first },
    { outlet: 'Riverside Sport', published: '2034-03-12', text: second },
  ]);
  return crossCheckStory({ articles, sources: ownSources(articles) })
    .statements.map((statement) => statement.wordings.map((wording) => wording.text).sort())
    .sort();
}

describe('statements across outlets', () => {
  it('keeps apart two remarks of one speaker that share a single word', () => {
    const found = statementsOf(
      'Dunmore lost 2-1 at home. "It was a strange night," coach Ada Linde said.',
      'Dunmore were beaten 2-1. "The referee had a strange view of it," coach Ada Linde said.',
    );
    expect(found.every((wordings) => wordings.length === 1)).toBe(true);
  });

  it('makes one statement of a remark and a partial quote of it', () => {
    const found = statementsOf(
      'Coach Ada Linde called the defeat "shameful" on Saturday.',
      '"That was shameful, and I apologise to every fan who travelled," coach Ada Linde said.',
    );
    expect(found.some((wordings) => wordings.length === 2)).toBe(true);
  });

  it('makes one statement of a remark paraphrased by two outlets', () => {
    const found = statementsOf(
      '"Our players will keep fighting until the final whistle of the season," coach Ada Linde said.',
      'Coach Ada Linde said her players would keep fighting until the season’s final whistle.',
    );
    expect(found.some((wordings) => wordings.length === 2)).toBe(true);
  });
});
