import type { Day } from './calendar.js';

/** Which way a verb points from the article's date: what happened, or what will. */
export type Tense = 'past' | 'future' | 'unknown';

/** What a candidate needs to get its value: the date of its version and what came before it. */
export interface ResolveEnv {
  reference: Day | null;
  tense: () => Tense;
  /** The last quarter the article named before this expression (financial reports refer back). */
  lastQuarter: { year: number; quarter: number } | null;
  /** The last day the article named before this expression. */
  lastDay: Day | null;
}

/** A date or duration found in the text, resolved once the expressions before it are known. */
export interface Candidate {
  kind: 'date' | 'duration';
  /** Offsets into the article text. */
  start: number;
  end: number;
  resolve: (env: ResolveEnv) => string | null;
  /** Names a quarter that later "the quarter" / "a year earlier" refer back to. */
  namesQuarter?: boolean;
}
