import type { CrossCheckInput, StoryCrossCheck } from '../../crosscheck/cross-check.js';
import { crossCheckStory } from '../../crosscheck/cross-check-story.js';

/** Runs in a worker thread: one story's articles in, its cross-check out. */
export default function crossCheckInWorker(input: CrossCheckInput): StoryCrossCheck {
  return crossCheckStory(input);
}
