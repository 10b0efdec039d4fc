import type { Article } from '../model/article.js';
import { CopyIndex, type CopyDecision } from './copies/copy-index.js';
import type { CopyLink } from './copies/copy-link.js';
import { storySources, type StorySource } from './copies/story-sources.js';
import type { ArticleFeatures, StoryDecision } from './story.js';
import { StoryIndex } from './story-index.js';

/** A story as users see it: its articles, how many independent sources they are, and why. */
export interface TrackedStory {
  id: string;
  title: string;
  /** The article the title comes from. */
  titleArticle: string;
  /** Range of the articles' publication days; null when none had a date. */
  first: string | null;
  last: string | null;
  articles: string[];
  /** Independent sources: copies of one piece of reporting count once, an update with what it updates. */
  sources: number;
  sourceGroups: StorySource[];
  copies: Omit<CopyLink, 'kind'>[];
  updates: Omit<CopyLink, 'kind'>[];
  /** Articles the clustering had something to say about: no date, another language, no content. */
  notes: StoryNote[];
}

export interface StoryNote {
  article: string;
  /** How the article got into the story: `joined`, `new-story`, `near-duplicate`, `no-features`. */
  reason: string;
  notes: string[];
}

/** What happened to one article: the copy or update it is, and the story it joined. */
export interface TrackedArticle {
  copy: CopyDecision;
  story: StoryDecision;
}

/**
 * Stories as articles arrive: copy detection (wire copies, updates) and story clustering, each
 * over its own index, so that adding an article costs the same however many came before.
 */
export class StoryTracker {
  constructor(
    readonly copies: CopyIndex = new CopyIndex(),
    readonly clusters: StoryIndex = new StoryIndex(),
  ) {}

  add(article: Article, features: ArticleFeatures): TrackedArticle {
    return { copy: this.copies.add(article), story: this.clusters.add(article.id, features) };
  }

  storyOf(articleId: string): string | undefined {
    return this.clusters.storyOf(articleId);
  }

  story(id: string): TrackedStory | undefined {
    const story = this.clusters.story(id);
    if (!story) return undefined;
    const links = story.articles
      .map((article) => this.copies.linkOf(article))
      .filter((link): link is CopyLink => link !== null);
    const sourceGroups = storySources(story.articles, this.copies);
    const plain = ({ article, of, similarity }: CopyLink) => ({ article, of, similarity });
    const notes = story.articles
      .map((article) => this.clusters.decision(article))
      .filter((decision) => decision !== undefined && decision.notes.length > 0)
      .map((decision) => ({
        article: decision!.article,
        reason: decision!.reason,
        notes: decision!.notes,
      }));
    return {
      ...story,
      sources: sourceGroups.length,
      sourceGroups,
      copies: links.filter((link) => link.kind === 'copy').map(plain),
      updates: links.filter((link) => link.kind === 'update').map(plain),
      notes,
    };
  }

  /** Every story, in order of creation. */
  stories(): TrackedStory[] {
    return this.clusters.stories().map((story) => this.story(story.id)!);
  }
}
