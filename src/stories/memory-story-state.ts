import type { FeatureKey, StoryDecision, StoryRecord } from './story.js';
import type { StoryState } from './story-state.js';

/** The story state in plain maps, for one process. */
export class MemoryStoryState implements StoryState {
  private counted = 0;
  private readonly frequencies = new Map<FeatureKey, number>();
  private readonly records = new Map<string, StoryRecord>();
  private readonly decisions = new Map<string, StoryDecision>();
  private readonly members = new Map<string, string[]>();
  private readonly lists = new Map<string, string[]>();

  articleCount(): number {
    return this.counted;
  }

  documentFrequency(feature: FeatureKey): number {
    return this.frequencies.get(feature) ?? 0;
  }

  countArticle(features: Iterable<FeatureKey>): void {
    this.counted++;
    for (const feature of features)
      this.frequencies.set(feature, (this.frequencies.get(feature) ?? 0) + 1);
  }

  story(id: string): StoryRecord | undefined {
    return this.records.get(id);
  }

  saveStory(story: StoryRecord): void {
    this.records.set(story.id, story);
  }

  storyCount(): number {
    return this.records.size;
  }

  storyIds(): Iterable<string> {
    return this.records.keys();
  }

  decisionOf(article: string): StoryDecision | undefined {
    return this.decisions.get(article);
  }

  recordDecision(decision: StoryDecision): void {
    this.decisions.set(decision.article, decision);
    const list = this.members.get(decision.story);
    if (list) list.push(decision.article);
    else this.members.set(decision.story, [decision.article]);
  }

  articlesOf(story: string): string[] {
    return [...(this.members.get(story) ?? [])];
  }

  postings(key: string): readonly string[] {
    return this.lists.get(key) ?? [];
  }

  post(key: string, story: string, cap: number): void {
    const list = this.lists.get(key);
    if (!list) {
      this.lists.set(key, [story]);
      return;
    }
    const at = list.indexOf(story);
    if (at >= 0) list.splice(at, 1);
    list.push(story);
    if (list.length > cap) list.splice(0, list.length - cap);
  }
}
