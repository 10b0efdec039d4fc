import type { RecentMember, Representative, StoryRecord } from './story.js';

/**
 * A story put away (see `MemoryStoryState`) as one text: its record and its articles, each string
 * after its length in two UTF-16 units, as it is, so that packed counts (any units at all) take no
 * more room than in the record; JSON would write most of their units as six-unit escapes.
 */
export interface ColdStory {
  story: StoryRecord;
  articles: string[];
}

/** Stands for null (or a missing value) where a length would be. */
const ABSENT = 0xffffffff;

class Writer {
  private readonly parts: string[] = [];

  text(value: string | null | undefined): void {
    const length = value === null || value === undefined ? ABSENT : value.length;
    this.parts.push(String.fromCharCode(length >>> 16, length & 0xffff));
    if (length !== ABSENT) this.parts.push(value!);
  }

  number(value: number): void {
    this.text(String(value));
  }

  flag(value: boolean | undefined): void {
    this.text(value === undefined ? null : value ? '1' : '0');
  }

  done(): string {
    return this.parts.join('');
  }
}

class Reader {
  private at = 0;

  constructor(private readonly encoded: string) {}

  text(): string | null {
    const length =
      ((this.encoded.charCodeAt(this.at) << 16) | this.encoded.charCodeAt(this.at + 1)) >>> 0;
    this.at += 2;
    if (length === ABSENT) return null;
    const value = this.encoded.slice(this.at, this.at + length);
    this.at += length;
    return value;
  }

  string(): string {
    const value = this.text();
    if (value === null) throw new Error('cold story: a string expected');
    return value;
  }

  number(): number {
    return Number(this.string());
  }

  flag(): boolean | undefined {
    const value = this.text();
    return value === null ? undefined : value === '1';
  }

  get done(): boolean {
    return this.at === this.encoded.length;
  }
}

export function encodeColdStory({ story, articles }: ColdStory): string {
  const out = new Writer();
  out.text(story.id);
  out.number(story.sequence);
  out.number(story.size);
  out.number(story.profiled);
  out.text(story.profile);
  out.text(story.first);
  out.text(story.last);
  const representative = story.representative;
  out.text(representative.article);
  out.text(representative.headline);
  out.flag(representative.titled);
  out.text(representative.counts);
  if (story.recent === undefined) out.text(null);
  else {
    out.number(story.recent.length);
    for (const member of story.recent) {
      out.text(member.article);
      out.text(member.headline);
      out.flag(member.titled);
      out.text(member.date);
      out.text(member.features);
    }
  }
  out.number(articles.length);
  for (const article of articles) out.text(article);
  return out.done();
}

export function decodeColdStory(encoded: string): ColdStory {
  const input = new Reader(encoded);
  const id = input.string();
  const sequence = input.number();
  const size = input.number();
  const profiled = input.number();
  const profile = input.string();
  const first = input.text();
  const last = input.text();
  const representative = {
    article: input.string(),
    headline: input.string(),
    titled: input.flag(),
    counts: input.string(),
  } as Representative;
  const story: StoryRecord = { id, sequence, size, profiled, profile, first, last, representative };
  const members = input.text();
  if (members !== null) {
    const recent: RecentMember[] = [];
    for (let n = Number(members); n > 0; n--)
      recent.push({
        article: input.string(),
        headline: input.string(),
        titled: input.flag() as boolean,
        date: input.text(),
        features: input.string(),
      });
    story.recent = recent;
  }
  const articles: string[] = [];
  for (let n = input.number(); n > 0; n--) articles.push(input.string());
  if (!input.done) throw new Error('cold story: text left over');
  return { story, articles };
}
