import { describe, expect, it } from 'vitest';
import { articleParts } from '../../../src/stories/copies/article-parts.js';
import { article } from './fixtures.js';

describe('articleParts', () => {
  it('keeps the newest version as the main text, without marker or credit lines', () => {
    const text = [
      'The strike ended on Wednesday.',
      'Ana Reis reported from Porto.',
      'Previous version of this story below:',
      'Crews walked out on Tuesday.',
      '— Kestrel Wire',
    ].join('\n\n');
    const parts = articleParts(article({ text }));
    expect(parts.main.trim()).toBe('The strike ended on Wednesday.');
    expect(parts.earlier.map((t) => t.trim())).toEqual(['Crews walked out on Tuesday.']);
  });

  it('gives an empty main text for an empty article', () => {
    expect(articleParts(article({ text: '' }))).toEqual({ main: '', earlier: [] });
  });
});
