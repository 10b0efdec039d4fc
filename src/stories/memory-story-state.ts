import { decodeColdStory, encodeColdStory, type ColdStory } from './cold-story.js';
import { ColdTexts } from './cold-texts.js';
import { FeatureTable } from './feature-table.js';
import { KeyTable } from './key-table.js';
import type { Bucket } from './posting-keys.js';
import { BucketedPostings } from './bucketed-postings.js';
import type { DecisionReason, FeatureId, StoryDecision, StoryRecord } from './story.js';
import { dayNumber } from './story-dates.js';
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
const FIRST_TIME = -62_167_219_200_000; // 0000-01-01
const LAST_TIME = 253_402_214_400_000; // 9999-12-31
/** The day `days` after `day`, kept within the four-digit years that days compare as text in. */
function shiftDay(day: string, days: number): string {
  const time = (dayNumber(day) + days) * DAY_MS;
  if (time < FIRST_TIME) return '0000-01-01';
  if (time > LAST_TIME) return '9999-12-31';
  return new Date(time).toISOString().slice(0, 10);
}
const NONE: readonly string[] = Object.freeze([]);
const DAY_MS = 86_400_000;
/** Days past the reach of new articles before a story is put away: out-of-order slack. */
const COLD_MARGIN_DAYS = 28;
/** Days the newest article moves on between two looks for stories to put away. */
const SWEEP_DAYS = 7;
/**
 * Stories kept as objects from which their number doubling since the last look makes a look too:
 * articles arriving newest first, or after one dated far ahead, never move the newest day on.
 */
const SWEEP_HOT = 1024;

/**
 * The story state in memory, for one process. A long run holds an entry for every article, every
 * feature and every posting list, so those are kept small: frequencies and postings in typed
 * columns keyed by feature id, decisions in typed columns (notes only when there are some).
 */
export class MemoryStoryState implements StoryState {
  readonly features = new FeatureTable();
  private counted = 0;
  private frequencies = new Int32Array(1024);
  /**
   * Every story in order of creation: its record, or, once no new article could reach it, the
   * number of its text in `cold` (its record and articles), read back when it is asked for.
   */
  private readonly records = new Map<string, StoryRecord | number>();
  /** The stories whose records are objects, to look through for those to put away. */
  private readonly hot = new Map<string, StoryRecord>();
  private readonly cold = new ColdTexts();
  /**
   * The days (`YYYY-MM-DD`) of the articles and stories met since stories were last put away;
   * those days at the last look (as day numbers), and how many stories were left as objects.
   */
  private low: string | null = null;
  private high: string | null = null;
  private sweptLow = Infinity;
  private sweptHigh = -Infinity;
  private hotAfterSweep = 0;
  /** The text number of each story read back from its text: put away again in its room. */
  private readonly slots = new Map<string, number>();
  private readonly decisions = new DecisionColumns();
  /** The articles of each story whose record is an object (a cold story's are in its text). */
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
    const record = this.records.get(id);
    return typeof record === 'number' ? this.thaw(id, record).story : record;
  }

  /** A story for reading only: one put away is decoded, not taken back as an object. */
  readStory(id: string): StoryRecord | undefined {
    const record = this.records.get(id);
    return typeof record === 'number' ? decodeColdStory(this.cold.read(record)).story : record;
  }

  saveStory(story: StoryRecord): void {
    const old = this.records.get(story.id);
    // A story put away and saved again (its record read before) takes its articles back.
    if (typeof old === 'number') this.thaw(story.id, old);
    this.records.set(story.id, story);
    this.hot.set(story.id, story);
    this.meet(story.last);
  }

  /** Widens the days met since the last look for stories to put away. */
  private meet(day: string | null): void {
    if (day === null || !Number.isFinite(dayNumber(day))) return;
    if (this.low === null || day < this.low) this.low = day;
    if (this.high === null || day > this.high) this.high = day;
  }

  /**
   * Before each article (of day `day`): stories further than `reachDays` (and a margin) from the
   * days of the articles met since the last look are put away as text, so that the objects a
   * long run keeps alive are those of the stories new articles can still join, however long the
   * archive and in whatever order it comes. A look comes when the days met move a week past those
   * of the last look (on, or back for an archive read newest first), and whenever the stories
   * kept as objects have doubled since the last (after an article dated far ahead, say). An article that reaches
   * further (one far out of order) reads them back: what is decided is the same either way.
   */
  settle(reachDays: number, day: string | null = null): void {
    if (!Number.isFinite(reachDays)) return;
    this.meet(day);
    if (this.low === null || this.high === null) return;
    const low = dayNumber(this.low);
    const high = dayNumber(this.high);
    const moved = high >= this.sweptHigh + SWEEP_DAYS || low <= this.sweptLow - SWEEP_DAYS;
    if (!moved && this.hot.size < Math.max(SWEEP_HOT, 2 * this.hotAfterSweep)) return;
    const reach = reachDays + COLD_MARGIN_DAYS;
    const before = shiftDay(this.low, -reach);
    const after = shiftDay(this.high, reach);
    for (const [id, story] of this.hot)
      // Undated stories stay: any dated article may look them up.
      if (story.last !== null && (story.last < before || story.first! > after))
        this.freeze(id, story);
    this.sweptLow = low;
    this.sweptHigh = high;
    this.hotAfterSweep = this.hot.size;
    this.low = this.high = null;
  }

  /** Stories whose records are objects, and stories put away as text. */
  storyForms(): { hot: number; cold: number } {
    return { hot: this.hot.size, cold: this.records.size - this.hot.size };
  }

  private freeze(id: string, story: StoryRecord): void {
    const text = encodeColdStory({ story, articles: this.members.get(id) ?? [] });
    // A story read back and put away again takes its old room when it fits there.
    const slot = this.slots.get(id);
    this.records.set(
      id,
      slot === undefined ? this.cold.write(text) : this.cold.rewrite(slot, text),
    );
    this.slots.delete(id);
    this.hot.delete(id);
    this.members.delete(id);
  }

  /** A story put away, made an object again with its articles. */
  private thaw(id: string, text: number): ColdStory {
    const cold = decodeColdStory(this.cold.read(text));
    const { story, articles } = cold;
    this.slots.set(id, text);
    this.records.set(id, story);
    this.hot.set(id, story);
    if (articles.length) this.members.set(id, articles);
    return cold;
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
      this.story(old);
      const before = this.members.get(old);
      const at = before ? before.indexOf(decision.article) : -1;
      if (at >= 0) before!.splice(at, 1);
    }
    this.decisions.set(decision);
    this.story(decision.story);
    const list = this.members.get(decision.story);
    if (list) list.push(decision.article);
    else this.members.set(decision.story, [decision.article]);
  }

  articlesOf(story: string): string[] {
    const record = this.records.get(story);
    if (typeof record === 'number') return decodeColdStory(this.cold.read(record)).articles;
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

/**
 * Every article's decision, one row each in typed columns; rebuilt as an object when asked. Article
 * and story ids are numbered in `KeyTable`s, so that a million decisions are no million strings
 * and map entries for the garbage collector to mark.
 */
class DecisionColumns {
  private readonly articles = new KeyTable();
  private readonly storyIds = new KeyTable();
  /** Per row, the number of its story in `storyIds`. */
  private stories: Int32Array = new Int32Array(1024);
  private similarity: Float64Array = new Float64Array(1024);
  private candidates: Int32Array = new Int32Array(1024);
  /** The reason's code, with `CREATED` set for an article that started its story. */
  private flags: Uint8Array = new Uint8Array(1024);
  private readonly notes = new Map<number, string[]>();

  storyOf(article: string): string | undefined {
    const row = this.articles.find(article);
    return row === undefined ? undefined : this.storyIds.key(this.stories[row]!);
  }

  get(article: string): StoryDecision | undefined {
    const row = this.articles.find(article);
    if (row === undefined) return undefined;
    const flags = this.flags[row]!;
    return {
      article: this.articles.key(row),
      story: this.storyIds.key(this.stories[row]!),
      created: (flags & CREATED) !== 0,
      similarity: this.similarity[row]!,
      candidates: this.candidates[row]!,
      reason: REASONS[flags & ~CREATED]!,
      notes: this.notes.get(row) ?? [],
    };
  }

  set(decision: StoryDecision): void {
    const row = this.articles.id(decision.article);
    if (row === this.flags.length) this.widen();
    this.stories[row] = this.storyIds.id(decision.story);
    this.flags[row] = reasonCode(decision.reason) | (decision.created ? CREATED : 0);
    this.similarity[row] = decision.similarity;
    this.candidates[row] = decision.candidates;
    if (decision.notes.length) this.notes.set(row, decision.notes);
    else this.notes.delete(row);
  }

  private widen(): void {
    this.stories = widenColumn(this.stories);
    this.similarity = widenColumn(this.similarity);
    this.candidates = widenColumn(this.candidates);
    this.flags = widenColumn(this.flags);
  }
}
