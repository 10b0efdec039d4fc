import type { StoryOptions } from './story-options.js';

type WindowOptions = Pick<
  StoryOptions,
  'windowDays' | 'followUpDays' | 'followUpFactor' | 'lateFollowUpDays' | 'lateFollowUpFactor'
>;

/** Most days between an article and a story's date range for the article to join it at all. */
export function horizonDays(options: WindowOptions): number {
  return Math.max(options.windowDays, options.followUpDays, options.lateFollowUpDays);
}

/**
 * Most days around an article's date whose weekly posting lists it reads; a story further away
 * is found only through the all-time lists (see `lateFollowUpDays`).
 */
export function lookupDays(options: WindowOptions): number {
  return Math.max(options.windowDays, options.followUpDays);
}

/** Whether a dated article also looks stories up in the all-time posting lists. */
export function looksUpLate(options: WindowOptions): boolean {
  return options.lateFollowUpDays > lookupDays(options);
}

/**
 * Factor on an article's similarity with a story `days` outside the story's date range: 1 within
 * the window, `followUpFactor` past it up to the follow-up horizon (a charge, a verdict or a
 * check-out weeks after the event is still its story, but must say so more plainly than a report
 * of the day), `lateFollowUpFactor` past that up to the late horizon (a trial a year on must be
 * plainly about the story), 0 beyond.
 */
export function windowFactor(days: number, options: WindowOptions): number {
  if (days <= options.windowDays) return 1;
  if (days <= Math.max(options.windowDays, options.followUpDays)) return options.followUpFactor;
  return days <= options.lateFollowUpDays ? options.lateFollowUpFactor : 0;
}
