import { describe, expect, it } from 'vitest';
import { crossCheckStory } from '../../src/crosscheck/cross-check-story.js';
import { periodStart } from '../../src/crosscheck/timeline/build-timeline.js';
import { ownSources, storyArticles } from './invented-reports.js';

describe('timeline', () => {
  it('orders periods by their first day', () => {
    expect(periodStart('2031-W23-WE')).toBe('2031-06-07');
    expect(periodStart('2031-W23')).toBe('2031-06-02');
    expect(periodStart('2031-W01')).toBe('2030-12-30');
    expect(periodStart('2031-06')).toBe('2031-06-01');
    expect(periodStart('2031')).toBe('2031-01-01');
    expect(periodStart('2031-06-08T10:00')).toBe('2031-06-08');
  });

  it('dates a fact by the day its own sentence gives', () => {
    const articles = storyArticles([
      {
        outlet: 'Kellan Echo',
        published: '2035-03-09',
        text: 'Tugs began towing the damaged ferry Osprey to Kellan harbour on Thursday.',
      },
      {
        outlet: 'Valley Times',
        published: '2035-03-09',
        text: 'The damaged ferry Osprey was towed to Kellan harbour by tugs, its owners said on Friday.',
      },
      {
        outlet: 'Harbour Post',
        published: '2035-03-09',
        text: 'Tugs towed the damaged ferry Osprey into Kellan harbour, the coastguard said on Friday.',
      },
    ]);
    const result = crossCheckStory({ articles, sources: ownSources(articles) });
    const towing = result.facts.filter((fact) => fact.sources > 1);
    expect(towing.length).toBeGreaterThan(0);
    for (const fact of towing)
      expect(fact.date).toBe(fact.text.includes('Thursday') ? '2035-03-08' : '2035-03-09');
    const days = result.timeline.map((entry) => periodStart(entry.date));
    expect(days).toEqual([...days].sort());
  });
});
