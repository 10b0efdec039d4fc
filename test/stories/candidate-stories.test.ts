import { describe, expect, it } from 'vitest';
import { candidateStories } from '../../src/stories/candidate-stories.js';
import { MemoryStoryState } from '../../src/stories/memory-story-state.js';
import { storyOptions } from '../../src/stories/story-options.js';

describe('candidateStories', () => {
  const options = storyOptions();
  // A story last used in the all-time lists (posted there whatever its date) under one name and
  // one word; an article fourteen months on shares both.
  const state = new MemoryStoryState();
  const name = state.features.id('p:idris kallow');
  const word = state.features.id('w:ruling');
  for (const feature of [name, word]) state.post('any', feature, 's-strike', options.postingCap);
  const article = {
    weights: new Map([
      [name, 3],
      [word, 2],
    ]),
    norm: Math.sqrt(13),
  };

  it('finds a story further away than its weeks through the all-time lists of its names', () => {
    expect(candidateStories(article, [name, word], '2033-05-18', state, options)).toEqual([
      's-strike',
    ]);
  });

  it('reads no all-time list of a word for a dated article, nor any without late follow-ups', () => {
    expect(candidateStories(article, [word], '2033-05-18', state, options)).toEqual([]);
    const near = storyOptions({ lateFollowUpDays: 0 });
    expect(candidateStories(article, [name, word], '2033-05-18', state, near)).toEqual([]);
    // An undated article reads the all-time lists of every feature, as before.
    expect(candidateStories(article, [word], null, state, options)).toEqual(['s-strike']);
  });
});
