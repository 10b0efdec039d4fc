import { describe, expect, it } from 'vitest';
import { FeatureWeights } from '../../src/stories/feature-weights.js';
import { MemoryStoryState } from '../../src/stories/memory-story-state.js';
import { unpackCounts } from '../../src/stories/packed-counts.js';
import { reviseStories } from '../../src/stories/revise-stories.js';
import type { ArticleFeatures } from '../../src/stories/story.js';
import { StoryIndex } from '../../src/stories/story-index.js';
import { storyOptions } from '../../src/stories/story-options.js';
import {
  addToProfile,
  memberCounts,
  newStory,
  recentMember,
  removeFromProfile,
  type StoryArticle,
} from '../../src/stories/story-profile.js';

/** Hand-made features: each word, name or date counted once unless given as `key*count`. */
function features(headline: string, keys: string, date: string | null = null): ArticleFeatures {
  const counts = new Map<string, number>();
  for (const item of keys.split(' ')) {
    const [key, count] = item.split('*');
    counts.set(key!, Number(count ?? 1));
  }
  return { headline, titled: true, date, language: 'en', counts, notes: [] };
}

/** The features by id in the state's feature table, as the index keeps them. */
function numbered(state: MemoryStoryState, f: ArticleFeatures): StoryArticle {
  const counts = new Map([...f.counts].map(([key, count]) => [state.features.id(key), count]));
  return { ...f, counts };
}

// Filler articles, so that document frequencies single out what the events share.
const FILLER = Array.from({ length: 12 }, (_, i) =>
  features(`Filler ${i}`, `w:filler${i} w:topic${i} l:town${i}`),
);

const QUAKE_A = features(
  'Quake shakes Kavrin',
  'w:quake w:magnitude l:kavrin a:l:kavrin w:collapse w:school p:lena orsk w:rescue',
);
const QUAKE_B = features(
  'Rescuers dig in Kavrin',
  'w:rescue w:rubble w:dig p:tomas vell w:volunteer w:night w:hospital w:injured',
);
const QUAKE_C = features(
  'Kavrin quake toll rises',
  'w:quake l:kavrin a:l:kavrin w:rescue w:rubble w:dig w:toll w:injured w:hospital w:magnitude',
);

describe('story revision', () => {
  it('moves an early article that started a story of its own into the story it belongs to', () => {
    const run = (reviseStories: number) => {
      const index = new StoryIndex({ reviseStories });
      FILLER.forEach((filler, i) => index.add(`f${i}`, filler));
      const decisions = [index.add('a', QUAKE_A), index.add('b', QUAKE_B), index.add('c', QUAKE_C)];
      return { index, decisions };
    };
    const plain = run(1);
    expect(plain.index.storyOf('a')).not.toBe(plain.index.storyOf('b'));

    const { index, decisions } = run(4);
    expect(decisions[1]!.created).toBe(true);
    expect(index.storyOf('b')).toBe(index.storyOf('a'));
    expect(index.storyOf('c')).toBe(index.storyOf('a'));
    const quake = index.story(index.storyOf('a')!)!;
    expect([...quake.articles].sort()).toEqual(['a', 'b', 'c']);
    // The story the moved article started is empty, and listed no more.
    expect(index.stories().some((story) => story.articles.length === 0)).toBe(false);
    expect(index.stories()).toHaveLength(FILLER.length + 1);
    const moved = index.decision('b')!;
    expect(moved.reason).toBe('joined');
    expect(moved.notes.some((note) => note.startsWith('moved to this story from'))).toBe(true);
  });

  it('keeps an article in its story when it fits there better than anywhere else', () => {
    const state = new MemoryStoryState();
    const options = storyOptions();
    const [a, c, f0] = [QUAKE_A, QUAKE_C, FILLER[0]!].map((f) => numbered(state, f));
    for (const filler of FILLER) state.countArticle(numbered(state, filler).counts.keys());
    for (const quake of [QUAKE_A, QUAKE_B, QUAKE_C])
      state.countArticle(numbered(state, quake).counts.keys());
    const weights = new FeatureWeights(state, options);
    const vector = (f: StoryArticle) => weights.article(f.counts, options.articleFeatures);
    const quake = newStory('s-a', 0, 'a', a!, vector(a!), options);
    quake.size++;
    addToProfile(quake, 'c', c!, vector(c!), weights, options);
    const other = newStory('s-f0', 1, 'f0', f0!, vector(f0!), options);
    const moves = reviseStories(quake, [{ story: other, similarity: options.threshold }], weights, {
      ...options,
    });
    expect(moves).toEqual([]);
    expect(quake.size).toBe(2);
  });

  it('keeps recent members bounded and takes a member out of a profile again', () => {
    const state = new MemoryStoryState();
    const options = storyOptions({ reviseMembers: 2, memberFeatures: 4 });
    const [a, b, c] = [QUAKE_A, QUAKE_B, QUAKE_C].map((f) => numbered(state, f));
    for (const quake of [a!, b!, c!]) state.countArticle(quake.counts.keys());
    const weights = new FeatureWeights(state, options);
    const vector = (f: StoryArticle) => weights.article(f.counts, options.articleFeatures);
    const dated = { ...b!, date: '2032-05-02' };
    const story = newStory('s-a', 0, 'a', { ...a!, date: '2032-05-01' }, vector(a!), options);
    for (const [id, f] of [
      ['b', dated],
      ['c', { ...c!, date: '2032-05-01' }],
    ] as const) {
      story.size++;
      story.first = '2032-05-01';
      story.last = '2032-05-02';
      addToProfile(story, id, f, vector(f), weights, options);
    }
    expect(story.recent!.map((member) => member.article)).toEqual(['b', 'c']);
    const member = story.recent![0]!;
    expect(memberCounts(member).size).toBe(4);
    expect(recentMember('b', dated, vector(dated), 4)).toEqual(member);

    const before = unpackCounts(story.profile).get([...memberCounts(member).keys()][0]!)!;
    removeFromProfile(story, member, weights, options);
    expect(story.size).toBe(2);
    expect(story.profiled).toBe(2);
    expect(unpackCounts(story.profile).get([...memberCounts(member).keys()][0]!) ?? 0).toBe(
      before - 1,
    );
    expect(story.recent!.map((m) => m.article)).toEqual(['c']);
    // Its articles are not all among the recent ones, so the dates stay as they were.
    expect([story.first, story.last]).toEqual(['2032-05-01', '2032-05-02']);
  });

  it('takes a moved article out of its old story in memory', () => {
    const state = new MemoryStoryState();
    const decision = {
      article: 'a',
      story: 's-a',
      created: true,
      similarity: 0,
      candidates: 0,
      reason: 'new-story' as const,
      notes: [],
    };
    state.recordDecision(decision);
    state.recordDecision({ ...decision, article: 'b', story: 's-b' });
    state.recordDecision({ ...decision, story: 's-b', reason: 'joined' });
    expect(state.articlesOf('s-a')).toEqual([]);
    expect(state.articlesOf('s-b')).toEqual(['b', 'a']);
  });
});
