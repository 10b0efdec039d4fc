import type { DayRange } from '../publication-day.js';
import { DEFAULT_STORY_OPTIONS } from '../story-options.js';

/** The knobs of copy and update detection; every bound on the work per article is one of them. */
export interface CopyOptions {
  /**
   * Publication dates trusted to order copies (those of stories): an article dated outside them
   * is undated here too, and cannot claim to be the original of a wire text.
   */
  dates: DayRange;
  /** Words per shingle. */
  shingleSize: number;
  /** LSH bands × rows per band = MinHash permutations. */
  bands: number;
  rows: number;
  /** Seed of the permutation family: signatures are comparable only under the same seed. */
  seed: number;
  /** Texts with fewer distinct shingles are neither indexed nor matched. */
  minShingles: number;
  /** Estimated Jaccard index from which two texts are copies of one another. */
  copyThreshold: number;
  /** The same, when both articles credit the same news agency. */
  agencyCopyThreshold: number;
  /** Share of the older text that the newer must contain to be an update (or a trimmed copy). */
  containThreshold: number;
  /** Entries one LSH bucket keeps (the most recent); bounds the work of a burst of duplicates. */
  bucketCap: number;
  /** Candidates compared in full, those sharing the most bands first. */
  maxCandidates: number;
}

export const DEFAULT_COPY_OPTIONS: CopyOptions = {
  dates: {
    earliestDate: DEFAULT_STORY_OPTIONS.earliestDate,
    latestDate: DEFAULT_STORY_OPTIONS.latestDate,
    futureDays: DEFAULT_STORY_OPTIONS.futureDays,
  },
  shingleSize: 5,
  bands: 42,
  rows: 3,
  seed: 0x5eed,
  minShingles: 16,
  copyThreshold: 0.7,
  agencyCopyThreshold: 0.5,
  containThreshold: 0.8,
  bucketCap: 16,
  maxCandidates: 32,
};

export function copyOptions(options: Partial<CopyOptions> = {}): CopyOptions {
  return { ...DEFAULT_COPY_OPTIONS, ...options };
}
