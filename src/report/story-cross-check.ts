import type { CrossCheckInput, StoryArticle, StoryCrossCheck } from '../crosscheck/cross-check.js';
import { crossCheckStory } from '../crosscheck/cross-check-story.js';
import type { TrackedStory } from '../stories/story-tracker.js';

/** The cross-check's input for a story: its analysed articles in story order and its sources. */
export function crossCheckInput(
  story: Pick<TrackedStory, 'articles' | 'sourceGroups'>,
  articleOf: (id: string) => StoryArticle | undefined,
): CrossCheckInput {
  const articles = story.articles
    .map(articleOf)
    .filter((item): item is StoryArticle => item !== undefined);
  return {
    articles,
    sources: story.sourceGroups,
  };
}

/** Facts, statements, timeline and summary of one story. */
export function crossCheckTrackedStory(
  story: Pick<TrackedStory, 'articles' | 'sourceGroups'>,
  articleOf: (id: string) => StoryArticle | undefined,
): StoryCrossCheck {
  return crossCheckStory(crossCheckInput(story, articleOf));
}
