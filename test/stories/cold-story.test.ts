import { describe, expect, it } from 'vitest';
import { decodeColdStory, encodeColdStory, type ColdStory } from '../../src/stories/cold-story.js';
import type { StoryRecord } from '../../src/stories/story.js';

const packed = String.fromCharCode(0, 1, 0xd800, 7, 0xffff, 0xdfff, 12);

function story(recent: StoryRecord['recent']): StoryRecord {
  return {
    id: 's-a1',
    sequence: 41,
    size: 3,
    profiled: 2,
    profile: packed + 'x',
    first: '2031-04-02',
    last: null,
    representative: { article: 'a1', headline: 'Strike — “day two”', titled: true, counts: packed },
    recent,
  };
}

describe('cold story texts', () => {
  it('give back the record and articles as they were, as JSON would', () => {
    const samples: ColdStory[] = [
      {
        story: story([
          { article: 'a1', headline: '', titled: false, date: null, features: packed },
          { article: 'a\u0000b', headline: 'h', titled: true, date: '2031-04-03', features: '' },
        ]),
        articles: ['a1', 'a\u0000b', ''],
      },
      { story: story([]), articles: [] },
      { story: story(undefined), articles: ['only'] },
      { story: { ...story([]), first: null, profile: 'é'.repeat(70_000) }, articles: ['x'] },
    ];
    for (const sample of samples) {
      const decoded = decodeColdStory(encodeColdStory(sample));
      expect(decoded).toEqual(sample);
      expect(JSON.stringify(decoded)).toBe(JSON.stringify(sample));
    }
  });

  it('is far shorter than JSON for packed counts', () => {
    const counts = Array.from({ length: 300 }, (_, n) => String.fromCharCode(n, 0, 1)).join('');
    const sample: ColdStory = { story: { ...story([]), profile: counts }, articles: ['a1'] };
    expect(encodeColdStory(sample).length).toBeLessThan(JSON.stringify(sample).length / 2);
  });
});
