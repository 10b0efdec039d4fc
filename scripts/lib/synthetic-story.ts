/**
 * One big synthetic story for benchmarks: the first `size` articles of the synthetic stream
 * (scripts/lib/synthetic-stream.ts) whose template is one of `templates` (by default the two port
 * strikes: many events of one kind, told with other names, places and numbers), re-analysed on
 * their rewritten text (so that every span fits it), with independent sources from copy detection.
 */
import { ANALYSIS_BATCH, analyzeArticles } from '../../src/analyze/analyze-article.js';
import type { CrossCheckInput } from '../../src/crosscheck/cross-check.js';
import { CopyIndex } from '../../src/stories/copies/copy-index.js';
import { storySources } from '../../src/stories/copies/story-sources.js';
import { syntheticStream, type StoryTemplate } from './synthetic-stream.js';

export const STRIKE_TEMPLATES = ['lisbon-dock-strike', 'valencia-port-strike'];

export function syntheticStory(
  templates: StoryTemplate[],
  size: number,
  kinds: readonly string[] = STRIKE_TEMPLATES,
): CrossCheckInput & { events: number } {
  const picked = templates.filter((t) => kinds.includes(t.story));
  if (!picked.length) throw new Error(`no template among ${kinds.join(', ')}`);
  const articles = [];
  const events = new Set<number>();
  for (const item of syntheticStream(picked, Number.MAX_SAFE_INTEGER, { eventsPerDay: 4 })) {
    if (articles.length >= size) break;
    articles.push(item.article);
    events.add(item.event);
  }
  const analysed: CrossCheckInput['articles'] = [];
  for (let at = 0; at < articles.length; at += ANALYSIS_BATCH) {
    const batch = articles.slice(at, at + ANALYSIS_BATCH);
    analyzeArticles(batch).forEach((analysis, i) => {
      if (analysis instanceof Error) throw analysis;
      analysed.push({ article: batch[i]!, analysis });
    });
  }
  const copies = new CopyIndex();
  for (const article of articles) copies.add(article);
  const sources = storySources(
    articles.map((a) => a.id),
    copies,
  ).map((group) => ({ articles: group.articles }));
  return { articles: analysed, sources, events: events.size };
}
