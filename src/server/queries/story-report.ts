import { createHash } from 'node:crypto';
import type { StoryCrossCheck } from '../../crosscheck/cross-check.js';
import { archivedArticles } from '../../report/archived-articles.js';
import type { Archive, StoryArticleSet, StoryHead } from '../../store/archive.js';
import { SERVER_VERSION } from '../version.js';
import type { CrossChecker } from './cross-checker.js';

/**
 * A story is cross-checked over at most this many of its articles, its first by publication
 * day: a story may have thousands, and cross-checking 200 takes a couple of seconds already.
 */
export const REPORT_ARTICLE_CAP = 200;

/** Changed when what a stored report holds changes, so that older stored reports are made anew. */
const REPORT_FORMAT = 5;

/** A story's cross-check as stored and as the API gives it, with the articles it read. */
export interface StoryReport extends StoryCrossCheck {
  /** The cross-checked articles: the story's first `REPORT_ARTICLE_CAP` by day. */
  articles: string[];
  /** Their independent sources: each a group of copies or versions, and where it came from. */
  origins: { articles: string[]; origin: string | null }[];
}

/**
 * What a report is made of: the chosen articles and how they group into sources, and the code
 * that makes it (version and format). Any change to the story's articles among the first ones,
 * or to their copy groups, gives another key; an article is immutable (its id hashes its text).
 */
export function storyReportKey(set: StoryArticleSet): string {
  const input = {
    version: SERVER_VERSION,
    format: REPORT_FORMAT,
    articles: set.articles,
    sources: set.sources.map((source) => [source.articles, source.origin]),
  };
  return createHash('sha256').update(JSON.stringify(input)).digest('base64url');
}

/**
 * Stories' reports for the server: the stored one while a story's first articles and their
 * sources are those it was made of, else made by the cross-checker (seconds for a large story,
 * off the server's thread) and stored in its place. Requests for a report being made wait for
 * that one making.
 */
export class StoryReports {
  private readonly making = new Map<string, Promise<string>>();

  constructor(
    private readonly archive: Archive,
    private readonly checker: CrossChecker,
  ) {}

  /** A story's report as JSON. */
  async json(story: StoryHead): Promise<string> {
    const set = this.archive.storyArticlesByDate(story.id, REPORT_ARTICLE_CAP);
    const key = storyReportKey(set);
    const stored = this.archive.getStoryReport(story.id, key);
    if (stored !== null) return stored;
    const inFlight = this.making.get(key);
    if (inFlight) return inFlight;
    const made = this.make(story.id, set, key).finally(() => this.making.delete(key));
    this.making.set(key, made);
    return made;
  }

  /** The story's report, parsed. */
  async report(story: StoryHead): Promise<StoryReport> {
    return JSON.parse(await this.json(story)) as StoryReport;
  }

  /** The API's answer: the story, the cap and the report, from the stored JSON without parsing it. */
  async response(story: StoryHead): Promise<string> {
    const json = await this.json(story);
    const head = JSON.stringify({
      story,
      cap: REPORT_ARTICLE_CAP,
      capped: story.articles > REPORT_ARTICLE_CAP,
    });
    // Both are JSON objects: the head's members, then the report's.
    return `${head.slice(0, -1)},${json.slice(1)}`;
  }

  private async make(storyId: string, set: StoryArticleSet, key: string): Promise<string> {
    const check = await this.checker.check({
      articles: archivedArticles(this.archive, set.articles),
      sources: set.sources,
    });
    const report: StoryReport = {
      articles: set.articles,
      origins: set.sources.map(({ articles, origin }) => ({ articles, origin })),
      facts: check.facts,
      statements: check.statements,
      timeline: check.timeline,
      summary: check.summary,
    };
    const json = JSON.stringify(report);
    try {
      this.archive.saveStoryReport(storyId, key, json);
    } catch {
      // Another process holds the write lock: the report is right, only not kept this time.
    }
    return json;
  }
}
