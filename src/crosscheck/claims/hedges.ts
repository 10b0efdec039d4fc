/** Words that say a claim is not settled: it may be so, somebody believes or suspects it. */
const HEDGES = new Set(
  (
    'may might could possibly reportedly allegedly apparently believed suspected feared ' +
    'unconfirmed likely unclear probably perhaps rumoured rumored expected thought estimated'
  ).split(' '),
);

export const isHedge = (lowerWord: string) => HEDGES.has(lowerWord);
