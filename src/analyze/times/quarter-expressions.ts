import { addMonths, formatQuarter, quarterOf } from './calendar.js';
import { yearOfQuarter } from './resolve-by-tense.js';
import type { Candidate, ResolveEnv } from './time-candidate.js';
import { isYearNumber } from './token-words.js';
import { type TokenView, wordAt } from './token-view.js';

const ORDINALS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
};
// "the quarter", "the latest quarter": the quarter the report is about, named before.
const BACK_REFERENCES = new Set(['the', 'latest', 'recent']);
const PERIOD_REFERENCES = new Set(['latest', 'recent', 'comparable', 'corresponding']);

/** The year written with a quarter: "1989 third quarter", "fiscal 1989", "third quarter of 2031". */
function writtenYear(view: TokenView, ordinal: number, quarter: number): number | null {
  for (let k = ordinal - 1; k >= ordinal - 3; k--) {
    const word = wordAt(view, k);
    if (isYearNumber(word)) return Number(word);
    if (word !== 'fiscal' && word !== 'the') break;
  }
  let after = quarter + 1;
  if (wordAt(view, after) === 'of') after++;
  if (wordAt(view, after) === 'fiscal') after++;
  const word = wordAt(view, after);
  return isYearNumber(word) ? Number(word) : null;
}

function previousQuarter(env: ResolveEnv): string | null {
  if (env.lastQuarter) return formatQuarter(env.lastQuarter.year, env.lastQuarter.quarter);
  if (!env.reference) return null;
  const { year, month } = addMonths(env.reference, -3);
  return formatQuarter(year, quarterOf(month));
}

function backReference(view: TokenView, i: number): Candidate {
  const first = wordAt(view, i - 1) !== 'the' && wordAt(view, i - 2) === 'the' ? i - 2 : i - 1;
  return {
    kind: 'date',
    start: view.tokens[first]!.start,
    end: view.tokens[i]!.end,
    resolve: previousQuarter,
  };
}

/** "the third quarter", "third-quarter", "fiscal 1989 first quarter", and "the quarter" named before. */
export function quarterExpressions(view: TokenView): Candidate[] {
  const candidates: Candidate[] = [];
  for (const i of view.anchors.periods) {
    const word = wordAt(view, i);
    if (word === 'period') {
      if (PERIOD_REFERENCES.has(wordAt(view, i - 1))) candidates.push(backReference(view, i));
      continue;
    }
    if (word !== 'quarter') continue;
    const end = view.tokens[i]!.end;
    let ordinal = i - 1;
    if (wordAt(view, ordinal) === '-') ordinal--;
    const number = ORDINALS[wordAt(view, ordinal)];
    if (number !== undefined && Object.hasOwn(ORDINALS, wordAt(view, ordinal))) {
      const year = writtenYear(view, ordinal, i);
      const first = wordAt(view, ordinal - 1) === 'the' ? ordinal - 1 : ordinal;
      candidates.push({
        kind: 'date',
        start: view.tokens[first]!.start,
        end,
        namesQuarter: true,
        resolve: (env) => {
          const chosen =
            year ?? (env.reference && yearOfQuarter(env.reference, number, env.tense()));
          return chosen === null ? null : formatQuarter(chosen, number);
        },
      });
      continue;
    }
    const before = wordAt(view, i - 1);
    const next = wordAt(view, i + 1);
    // "a quarter of the vote", "quarter-point": fractions, not periods.
    if (!BACK_REFERENCES.has(before) || next === 'of' || next === '-') continue;
    candidates.push(backReference(view, i));
  }
  return candidates;
}
