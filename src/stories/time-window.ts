import type { StoryOptions } from './story-options.js';

type WindowOptions = Pick<StoryOptions, 'windowDays' | 'followUpDays' | 'followUpFactor'>;

/** Most days between an article and a story's date range for the article to join it at all. */
export function horizonDays(options: WindowOptions): number {
  return Math.max(options.windowDays, options.followUpDays);
}

/**
 * Factor on an article's similarity with a story `days` outside the story's date range: 1 within
 * the window, `followUpFactor` past it up to the follow-up horizon (a charge, a verdict or a
 * check-out weeks after the event is still its story, but must say so more plainly than a report
 * of the day), 0 beyond.
 */
export function windowFactor(days: number, options: WindowOptions): number {
  if (days <= options.windowDays) return 1;
  return days <= horizonDays(options) ? options.followUpFactor : 0;
}
