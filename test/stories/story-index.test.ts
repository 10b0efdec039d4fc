import { describe, expect, it } from 'vitest';
import { MemoryStoryState } from '../../src/stories/memory-story-state.js';
import type { ArticleFeatures } from '../../src/stories/story.js';
import { StoryIndex } from '../../src/stories/story-index.js';
import { storyOptions } from '../../src/stories/story-options.js';
import {
  BRENMOUTH_FOLLOW_UP,
  BRENMOUTH_RULING,
  BRENMOUTH_STRIKE,
  KAVRIN_EARTHQUAKE,
  SALTREACH_STRIKE,
  invented,
  type InventedArticle,
} from './invented-stories.js';

const brenmouth = BRENMOUTH_STRIKE.map((draft) => invented(draft));
const saltreach = SALTREACH_STRIKE.map((draft) => invented(draft));
const kavrin = KAVRIN_EARTHQUAKE.map((draft) => invented(draft));
const all = [...brenmouth, ...saltreach, ...kavrin];

/** The stories as sets of article ids, sorted, so partitions compare whatever the story ids. */
function partition(index: StoryIndex): string[][] {
  return index
    .stories()
    .map((story) => [...story.articles].sort())
    .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

function cluster(items: InventedArticle[], index = new StoryIndex()) {
  const decisions = items.map(({ article, features }) => index.add(article.id, features));
  return { index, decisions };
}

const ids = (items: InventedArticle[]) => items.map((item) => item.article.id).sort();

describe('StoryIndex', () => {
  it('joins rewrites of one strike and keeps a strike of the same kind elsewhere apart', () => {
    const { index, decisions } = cluster(all);
    expect(partition(index)).toEqual(
      [ids(brenmouth), ids(saltreach), ids(kavrin)].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    expect(decisions.map((d) => d.created)).toEqual([true, false, false, true, false, false, true]);
    expect(decisions[1]).toMatchObject({ reason: 'joined', story: decisions[0]!.story });
    expect(decisions[1]!.similarity).toBeGreaterThanOrEqual(index.options.threshold);
  });

  it('keeps the two strikes apart on their words alone, without any dates', () => {
    const undated = [...BRENMOUTH_STRIKE, ...SALTREACH_STRIKE].map((draft) =>
      invented(draft, { published: null }),
    );
    const { index, decisions } = cluster(undated);
    expect(index.stories()).toHaveLength(2);
    expect(index.stories().every((story) => story.first === null)).toBe(true);
    expect(decisions[0]!.notes).toContain('no publication date: matched on content alone');
  });

  it('splits reports alike in every word when their dates are further apart than the follow-up horizon', () => {
    const march = invented(BRENMOUTH_STRIKE[0]!);
    const threeYearsLater = invented(
      { ...BRENMOUTH_STRIKE[1]!, outlet: 'Harbour Ledger' },
      { published: '2035-07-12' },
    );
    const { index, decisions } = cluster([march, threeYearsLater]);
    expect(index.stories()).toHaveLength(2);
    expect(decisions[1]!.notes.join(' ')).toMatch(/1 candidate stories more than 730 days away/);
    // Without the window the same two reports are one story.
    const wide = cluster([march, threeYearsLater], new StoryIndex({ windowDays: 1500 }));
    expect(wide.index.stories()).toHaveLength(1);
    // Four months apart, without the late follow-ups, they are two stories too.
    const fourMonthsLater = invented(
      { ...BRENMOUTH_STRIKE[1]!, outlet: 'Harbour Ledger' },
      { published: '2032-07-12' },
    );
    const near = cluster([march, fourMonthsLater], new StoryIndex({ lateFollowUpDays: 0 }));
    expect(near.index.stories()).toHaveLength(2);
    expect(near.decisions[1]!.notes.join(' ')).toMatch(/no story within 90 days of 2032-07-12/);
  });

  it('takes in a late follow-up plainly about a story a year on, found by its rarer names', () => {
    const ruling = invented(BRENMOUTH_RULING);
    const items = [...brenmouth, ...saltreach, ruling];
    const { index, decisions } = cluster(items);
    expect(partition(index)).toEqual(
      [[...ids(brenmouth), ruling.article.id].sort(), ids(saltreach)].sort((a, b) =>
        a[0]! < b[0]! ? -1 : 1,
      ),
    );
    expect(decisions.at(-1)).toMatchObject({ reason: 'joined', story: decisions[0]!.story });
    // Without late follow-ups the ruling is a story of its own.
    const near = cluster(items, new StoryIndex({ lateFollowUpDays: 0 }));
    expect(near.index.stories()).toHaveLength(3);
  });

  it('takes in a plain follow-up weeks after the event, and still no other strike of its kind', () => {
    const followUp = invented(BRENMOUTH_FOLLOW_UP, { published: '2032-04-14' });
    const items = [...brenmouth, ...saltreach, followUp];
    const { index, decisions } = cluster(items);
    expect(partition(index)).toEqual(
      [[...ids(brenmouth), followUp.article.id].sort(), ids(saltreach)].sort((a, b) =>
        a[0]! < b[0]! ? -1 : 1,
      ),
    );
    expect(decisions.at(-1)!.notes.join(' ')).toMatch(/more than 30 days away discounted/);
    // With a hard 30-day window the follow-up would be a story of its own.
    const hard = cluster(items, new StoryIndex({ followUpDays: 0, lateFollowUpDays: 0 }));
    expect(hard.index.stories()).toHaveLength(3);
  });

  it('finds the same stories in any order, with ids from the first article', () => {
    const expected = partition(cluster(all).index);
    const orders = [
      [...all].reverse(),
      [
        kavrin[0]!,
        saltreach[2]!,
        brenmouth[1]!,
        saltreach[0]!,
        brenmouth[2]!,
        brenmouth[0]!,
        saltreach[1]!,
      ],
      [
        saltreach[1]!,
        brenmouth[2]!,
        kavrin[0]!,
        brenmouth[0]!,
        saltreach[2]!,
        saltreach[0]!,
        brenmouth[1]!,
      ],
    ];
    for (const order of orders) {
      const { index } = cluster(order);
      expect(partition(index)).toEqual(expected);
      for (const story of index.stories()) expect(story.id).toBe(`s-${story.articles[0]}`);
    }
    const again = cluster(orders[1]!).index.stories();
    expect(again.map((story) => story.id)).toEqual(
      cluster(orders[1]!)
        .index.stories()
        .map((story) => story.id),
    );
  });

  it('gives each story a title and the range of its dates', () => {
    const { index } = cluster(all);
    const story = index.stories().find((s) => s.articles.includes(brenmouth[2]!.article.id))!;
    expect(BRENMOUTH_STRIKE.map((draft) => draft.title)).toContain(story.title);
    expect(story.articles).toContain(story.titleArticle);
    expect([story.first, story.last]).toEqual(['2032-03-01', '2032-03-03']);
  });

  it('puts an article with nothing to match on in a story of its own', () => {
    const index = new StoryIndex();
    cluster(brenmouth, index);
    const empty: ArticleFeatures = {
      headline: '',
      titled: false,
      date: null,
      language: null,
      counts: new Map(),
      notes: ['empty text'],
    };
    const decision = index.add('a-empty', empty);
    expect(decision).toMatchObject({ created: true, reason: 'no-features', similarity: 0 });
    expect(decision.notes).toContain('empty text');
    expect(index.story(decision.story)?.articles).toEqual(['a-empty']);
  });

  it('keeps the first decision for an article added twice', () => {
    const index = new StoryIndex();
    const first = index.add(brenmouth[0]!.article.id, brenmouth[0]!.features);
    const second = index.add(brenmouth[0]!.article.id, brenmouth[0]!.features);
    expect(second).toMatchObject({ story: first.story, created: false, reason: 'already-indexed' });
    expect(index.stories()).toHaveLength(1);
    expect(index.stories()[0]!.articles).toHaveLength(1);
  });

  it('takes a burst of copies into one story without letting them count as news', () => {
    const state = new MemoryStoryState();
    const index = new StoryIndex({}, state);
    const copies = Array.from({ length: 30 }, (_, n) =>
      invented({ ...BRENMOUTH_STRIKE[0]!, outlet: `Relay Outlet ${n}` }),
    );
    const decisions = cluster(copies, index).decisions;
    expect(index.stories()).toHaveLength(1);
    expect(decisions.slice(1).every((d) => d.reason === 'near-duplicate')).toBe(true);
    expect(state.articleCount()).toBe(1);
    // A real rewrite still joins and counts.
    expect(index.add(brenmouth[1]!.article.id, brenmouth[1]!.features).reason).toBe('joined');
    expect(state.articleCount()).toBe(2);
  });

  it('looks stories up by the names an article shares, however many new words outweigh them', () => {
    const index = new StoryIndex({ lookupFeatures: 4 });
    const features = (words: string[], names: [string, number][]): ArticleFeatures => ({
      headline: words.join(' '),
      titled: true,
      date: '2032-04-12',
      language: 'en',
      counts: new Map([...words.map((word): [string, number] => [`w:${word}`, 3]), ...names]),
      notes: [],
    });
    index.add('a1', features(['crane', 'automation', 'stevedore'], [['p:mirela vostrin', 2]]));
    const second = index.add(
      'a2',
      features(
        ['rally', 'gate', 'banner', 'march', 'chant', 'speech'],
        [
          ['p:mirela vostrin', 1],
          ['w:crane', 1],
        ],
      ),
    );
    expect(second.candidates).toBe(1);
  });

  it('scores a bounded number of candidate stories however many stories share a word', () => {
    const index = new StoryIndex({ maxCandidates: 5, postingCap: 8 });
    for (let n = 0; n < 60; n++) {
      const counts = new Map([
        ['w:strike', 1],
        [`p:invented person ${n}`, 2],
        [`l:invented town ${n}`, 1],
      ]);
      const decision = index.add(`a${n}`, {
        headline: `Strike in invented town ${n}`,
        titled: true,
        date: null,
        language: 'en',
        counts,
        notes: [],
      });
      expect(decision.candidates).toBeLessThanOrEqual(5);
    }
    expect(index.stories()).toHaveLength(60);
  });
});

describe('storyOptions', () => {
  it('refuses options that would unbound the work per article', () => {
    expect(() => storyOptions({ windowDays: Infinity })).toThrow(/windowDays/);
    expect(() => storyOptions({ followUpDays: Infinity })).toThrow(/followUpDays/);
    expect(() => storyOptions({ followUpFactor: 2 })).toThrow(/followUpFactor/);
    expect(() => storyOptions({ lateFollowUpDays: -1 })).toThrow(/lateFollowUpDays/);
    expect(() => storyOptions({ lateFollowUpFactor: 1.5 })).toThrow(/lateFollowUpFactor/);
    expect(() => storyOptions({ postingCap: 0 })).toThrow(/postingCap/);
    expect(() => storyOptions({ threshold: 2 })).toThrow(/threshold/);
    expect(storyOptions({ threshold: 0.3 }).threshold).toBe(0.3);
  });
});
