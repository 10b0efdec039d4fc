import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import type { Article } from '../../src/model/article.js';
import { storyFeatures } from '../../src/stories/story-features.js';
import { BRENMOUTH_STRIKE, invented } from './invented-stories.js';

describe('storyFeatures', () => {
  it('weighs lemmas, names and dates, the headline and lead twice, and leaves credits out', () => {
    const { features } = invented({
      outlet: 'Tidewater Gazette',
      title: 'Brenmouth dockers walk out',
      published: '2032-03-01',
      text: `${BRENMOUTH_STRIKE[0]!.text}\n\nAdditional reporting by Quentin Marsh in Fenwick.`,
    });
    expect(features).toMatchObject({
      headline: 'Brenmouth dockers walk out',
      titled: true,
      date: '2032-03-01',
      language: 'en',
    });
    const counts = features.counts;
    expect(counts.get('w:docker')).toBeGreaterThanOrEqual(4); // headline 2 + lead 2
    expect(counts.get('p:idris kallow')).toBeGreaterThanOrEqual(1);
    expect(counts.get('o:halvard terminals')).toBe(2);
    expect([...counts.keys()].some((key) => key.startsWith('t:2032-03'))).toBe(true);
    expect([...counts.keys()].some((key) => key.includes('quentin'))).toBe(false);
    expect(counts.has('w:monday')).toBe(false);
  });

  it('takes the first sentence, without its dateline, as the headline of an untitled report', () => {
    const { features } = invented({ ...BRENMOUTH_STRIKE[0]!, title: null });
    expect(features.titled).toBe(false);
    expect(features.headline).toMatch(/^About 900 dockers at the Port of Brenmouth/);
  });

  it('treats a missing or implausible publication date as none, and says so', () => {
    expect(invented(BRENMOUTH_STRIKE[0]!, { published: null }).features).toMatchObject({
      date: null,
      notes: ['no publication date: matched on content alone'],
    });
    const future = invented(BRENMOUTH_STRIKE[0]!, { published: '2999-05-01' });
    expect(future.features.date).toBeNull();
    expect(future.features.notes.join(' ')).toMatch(/2999-05-01 is outside/);
  });

  it('keeps the words of another language apart from English ones', () => {
    const { features } = invented(
      {
        outlet: 'Journal du Port',
        title: 'Grève des dockers à Brenmouth',
        published: '2032-03-01',
        text: 'Les dockers du port de Brenmouth sont en grève depuis lundi pour leurs primes de nuit. Le syndicat demande le retour de la prime supprimée en janvier.',
      },
      { language: 'fr' },
    );
    expect([...features.counts.keys()].filter((key) => key.startsWith('w:'))).not.toHaveLength(0);
    expect(
      [...features.counts.keys()].every((key) => !key.startsWith('w:') || key.startsWith('w:fr:')),
    ).toBe(true);
    expect(features.notes.join(' ')).toMatch(/language fr/);
  });

  it('gives an empty article no features and a note', () => {
    const article: Article = {
      id: 'a-empty',
      source: 'test',
      url: null,
      outlet: null,
      title: null,
      published: null,
      language: null,
      authors: [],
      text: '',
      sections: { versions: [], credits: [] },
    };
    const features = storyFeatures(article, analyzeArticle(article));
    expect(features.counts.size).toBe(0);
    expect(features.headline).toBe('');
    expect(features.notes).toContain('empty text');
  });
});
