import { describe, expect, it } from 'vitest';
import type { ColdTexts } from '../../src/stories/cold-texts.js';
import { MemoryStoryState } from '../../src/stories/memory-story-state.js';
import type { ArticleFeatures, StoryDecision } from '../../src/stories/story.js';
import { StoryIndex } from '../../src/stories/story-index.js';

/** The same state that never puts a story away: the reference. */
class AlwaysHot extends MemoryStoryState {
  override settle(): void {}
}

const day = (n: number) =>
  new Date(Date.UTC(2031, 0, 1) + n * 86_400_000).toISOString().slice(0, 10);

/**
 * Invented events, a few a week over two years, each reported a few times over some days; some
 * articles undated, one event followed up months later, and a burst of articles far out of order
 * at the end.
 */
function stream(): { id: string; features: ArticleFeatures }[] {
  const items: { id: string; features: ArticleFeatures; at: number }[] = [];
  for (let event = 0; event < 220; event++) {
    const start = event * 3;
    const kind = ['strike', 'flood', 'election', 'trial'][event % 4]!;
    for (let report = 0; report < 4; report++) {
      const at = start + report * 2 + (event % 5 === 0 && report === 3 ? 100 : 0);
      const counts = new Map<string, number>([
        [`w:${kind}`, 2],
        [`w:${kind}s`, 1],
        [`p:person ${event}`, 2],
        [`l:town ${event % 37}`, 1],
        [`o:body ${event}`, 1],
        [`w:word${(event * 7 + report) % 50}`, 1],
        [`t:2031-${String(1 + (event % 12)).padStart(2, '0')}`, 1],
      ]);
      items.push({
        id: `e${event}-r${report}`,
        at,
        features: {
          headline: `${kind} ${event} report ${report}`,
          titled: report % 2 === 0,
          date: event % 17 === 3 && report === 1 ? null : day(at),
          language: 'en',
          counts,
          notes: [],
        },
      });
    }
  }
  items.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  // Articles arriving long after their day: they reach stories put away long before.
  const late = items.filter((_, n) => n % 97 === 5);
  const rest = items.filter((_, n) => n % 97 !== 5);
  return [...rest, ...late];
}

describe('MemoryStoryState putting away stories new articles cannot reach', () => {
  it('decides exactly as a state that keeps every story as an object', () => {
    const cold = new MemoryStoryState();
    const reference = new AlwaysHot();
    const withCold = new StoryIndex({}, cold);
    const plain = new StoryIndex({}, reference);
    const decisions: [StoryDecision, StoryDecision][] = [];
    for (const { id, features } of stream())
      decisions.push([withCold.add(id, features), plain.add(id, features)]);
    for (const [a, b] of decisions) expect(a).toEqual(b);
    // The late articles joined stories put away long before.
    expect(decisions.slice(-9).filter(([a]) => !a.created).length).toBeGreaterThan(3);
    // Most stories were put away at some point, and some read back.
    expect(cold.storyForms().cold).toBeGreaterThan(100);
    expect(reference.storyForms().cold).toBe(0);
    expect(withCold.stories()).toEqual(plain.stories());
    for (const { id } of stream()) expect(withCold.decision(id)).toEqual(plain.decision(id));
  });

  it('answers for a story put away as for one kept', () => {
    const state = new MemoryStoryState();
    const index = new StoryIndex({}, state);
    const first = index.add('old', stream()[0]!.features);
    for (let n = 1; n <= 60; n++)
      index.add(`later-${n}`, {
        headline: `later ${n}`,
        titled: true,
        date: day(10 * n),
        language: 'en',
        counts: new Map([
          [`p:someone ${n}`, 2],
          [`w:thing${n}`, 1],
        ]),
        notes: [],
      });
    expect(state.storyForms().cold).toBeGreaterThan(0);
    const record = state.story(first.story);
    expect(record?.representative.article).toBe('old');
    expect(state.articlesOf(first.story)).toEqual(['old']);
    expect(index.story(first.story)?.articles).toEqual(['old']);
  });

  /** An invented event of its own each time: nothing joins anything. */
  const lone = (n: number, at: number): ArticleFeatures => ({
    headline: `lone ${n}`,
    titled: true,
    date: day(at),
    language: 'en',
    counts: new Map([
      [`p:someone ${n}`, 2],
      [`w:thing${n}`, 1],
      [`o:body ${n}`, 1],
    ]),
    notes: [],
  });

  it('puts stories away when articles arrive newest first', () => {
    const state = new MemoryStoryState();
    const index = new StoryIndex({}, state);
    for (let k = 0; k < 3000; k++) index.add(`a${k}`, lone(k, Math.floor((2999 - k) / 5)));
    // Five stories a day: those within reach of the latest articles, and a little more.
    expect(state.storyForms().hot).toBeLessThan(1000);
  });

  it('goes on putting stories away after one article dated far ahead', () => {
    const state = new MemoryStoryState();
    const index = new StoryIndex({ latestDate: '2300-01-01' }, state);
    for (let n = 0; n < 3000; n++) {
      if (n === 500) index.add('far-ahead', lone(-1, 60_000));
      index.add(`a${n}`, lone(n, Math.floor(n / 5)));
    }
    expect(state.storyForms().hot).toBeLessThan(1000);
  });

  it('reads stories put away without taking them back, and puts one read back in its old room', () => {
    const state = new MemoryStoryState();
    const index = new StoryIndex({}, state);
    for (let n = 0; n < 500; n++) index.add(`a${n}`, lone(n, Math.floor(n / 2)));
    const texts = (state as unknown as { cold: ColdTexts }).cold;
    const before = { forms: state.storyForms(), texts: texts.size };
    expect(before.forms.cold).toBeGreaterThan(100);
    const listed = index.stories();
    expect(listed).toHaveLength(500);
    expect({ forms: state.storyForms(), texts: texts.size }).toEqual(before);
    // A late article reads every story back (through `story`) and the next look puts them away.
    for (const { id } of listed) state.story(id);
    expect(state.storyForms().cold).toBe(0);
    index.add('late', lone(9999, 400));
    expect(state.storyForms().cold).toBeGreaterThanOrEqual(before.forms.cold);
    expect(texts.size).toBe(state.storyForms().cold);
  });
});
