import { FeatureTable } from './feature-table.js';
import type { Bucket } from './posting-keys.js';
import { BucketedPostings } from './bucketed-postings.js';
import type { DecisionReason, FeatureId, StoryDecision, StoryRecord } from './story.js';
import type { StoryState } from './story-state.js';
import { widenColumn } from './widen-column.js';

const REASONS: DecisionReason[] = [
  'joined',
  'near-duplicate',
  'new-story',
  'no-features',
  'already-indexed',
];
const REASON_CODE = new Map(REASONS.map((reason, code) => [reason, code]));
/** A reason's code; a reason added to `DecisionReason` later gets the next one. */
function reasonCode(reason: DecisionReason): number {
  let code = REASON_CODE.get(reason);
  if (code === undefined) {
    code = REASONS.push(reason) - 1;
    if (code >= CREATED) throw new RangeError('too many decision reasons');
    REASON_CODE.set(reason, code);
  }
  return code;
}
const CREATED = 0x80;
const NONE: readonly string[] = Object.freeze([]);

/**
 * The story state in memory, for one process. A long run holds an entry for every article, every
 * feature and every posting list, so those are kept small: frequencies and postings in typed
 * columns keyed by feature id, decisions in typed columns (notes only when there are some).
 */
export class MemoryStoryState implements StoryState {
  readonly features = new FeatureTable();
  private counted = 0;
  private frequencies = new Int32Array(1024);
  private readonly records = new Map<string, StoryRecord>();
  private readonly decisions = new DecisionColumns();
  private readonly members = new Map<string, string[]>();
  private readonly postingLists = new BucketedPostings();
  /** Stories numbered as first posted, for the posting lists. */
  private readonly storyNumbers = new Map<string, number>();
  private readonly numberedStories: string[] = [];

  articleCount(): number {
    return this.counted;
  }

  documentFrequency(feature: FeatureId): number {
    return feature < this.frequencies.length ? this.frequencies[feature]! : 0;
  }

  countArticle(features: Iterable<FeatureId>): void {
    this.counted++;
    for (const feature of features) {
      if (feature >= this.frequencies.length)
        this.frequencies = widenColumn(
          this.frequencies,
          Math.max(feature + 1, this.frequencies.length * 2),
        );
      this.frequencies[feature]!++;
    }
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
    // Recording an article again (it moved to another story) takes it out of its old story.
    const old = this.decisions.storyOf(decision.article);
    if (old !== undefined && old !== decision.story) {
      const before = this.members.get(old);
      const at = before ? before.indexOf(decision.article) : -1;
      if (at >= 0) before!.splice(at, 1);
    }
    this.decisions.set(decision);
    const list = this.members.get(decision.story);
    if (list) list.push(decision.article);
    else this.members.set(decision.story, [decision.article]);
  }

  articlesOf(story: string): string[] {
    return [...(this.members.get(story) ?? [])];
  }

  postings(bucket: Bucket, feature: FeatureId): readonly string[] {
    const list = this.postingLists.get(feature, bucket);
    return list.length ? list.map((story) => this.numberedStories[story]!) : NONE;
  }

  post(bucket: Bucket, feature: FeatureId, story: string, cap: number): void {
    let number = this.storyNumbers.get(story);
    if (number === undefined) {
      number = this.numberedStories.push(story) - 1;
      this.storyNumbers.set(story, number);
    }
    this.postingLists.add(feature, bucket, number, cap);
  }
}

/** Every article's decision, one row each in typed columns; rebuilt as an object when asked. */
class DecisionColumns {
  private readonly rows = new Map<string, number>();
  private readonly articles: string[] = [];
  private readonly stories: string[] = [];
  private similarity: Float64Array = new Float64Array(1024);
  private candidates: Int32Array = new Int32Array(1024);
  /** The reason's code, with `CREATED` set for an article that started its story. */
  private flags: Uint8Array = new Uint8Array(1024);
  private readonly notes = new Map<number, string[]>();

  storyOf(article: string): string | undefined {
    const row = this.rows.get(article);
    return row === undefined ? undefined : this.stories[row];
  }

  get(article: string): StoryDecision | undefined {
    const row = this.rows.get(article);
    if (row === undefined) return undefined;
    const flags = this.flags[row]!;
    return {
      article: this.articles[row]!,
      story: this.stories[row]!,
      created: (flags & CREATED) !== 0,
      similarity: this.similarity[row]!,
      candidates: this.candidates[row]!,
      reason: REASONS[flags & ~CREATED]!,
      notes: this.notes.get(row) ?? [],
    };
  }

  set(decision: StoryDecision): void {
    let row = this.rows.get(decision.article);
    if (row === undefined) {
      row = this.articles.length;
      if (row === this.flags.length) this.widen();
      this.rows.set(decision.article, row);
      this.articles.push(decision.article);
      this.stories.push(decision.story);
    } else this.stories[row] = decision.story;
    this.flags[row] = reasonCode(decision.reason) | (decision.created ? CREATED : 0);
    this.similarity[row] = decision.similarity;
    this.candidates[row] = decision.candidates;
    if (decision.notes.length) this.notes.set(row, decision.notes);
    else this.notes.delete(row);
  }

  private widen(): void {
    this.similarity = widenColumn(this.similarity);
    this.candidates = widenColumn(this.candidates);
    this.flags = widenColumn(this.flags);
  }
}
