import type { Token } from '../../model/analysis.js';

/** Words that deny the verb after them ("were not hurt", "hasn’t resigned", "has never flown"). */
const NEGATIONS = new Set(['not', "n't", 'never']);
/** Verbs that deny the verb they take ("declined to comment", "failed to agree"). */
const DENYING = new Set(['decline', 'refuse', 'fail']);
/** What may stand between a verb and its negation: "has not yet been found", "declined to". */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);
/** After "not", words that add rather than deny: "not only injured but also trapped". */
const ADDING = new Set(['only', 'just', 'merely']);
/** Tokens back from a verb where its negation may stand. */
const REACH = 4;

const lower = (token: Token | undefined) => token?.text.toLowerCase().replace(/’/g, "'");

/** Whether a token denies what follows it. */
const denial = (tokens: readonly Token[], j: number) => {
  const token = tokens[j]!;
  if (token.pos === 'VERB' && DENYING.has(token.lemma)) return true;
  return NEGATIONS.has(lower(token)!) && !ADDING.has(lower(tokens[j + 1])!);
};

/** Subjects that deny their verb: "nobody was hurt", "none were found". */
const NO_ONE = new Set(['nobody', 'none', 'nothing', 'neither', 'noone']);

/** Whether the token at `j` is a subject that denies its verb: "nobody", "no one", "no arrests". */
const denyingSubject = (tokens: readonly Token[], j: number) => {
  const word = lower(tokens[j]);
  if (NO_ONE.has(word!)) return true;
  return (
    lower(tokens[j - 1]) === 'no' &&
    (word === 'one' || tokens[j]!.pos === 'NOUN' || tokens[j]!.pos === 'PRON')
  );
};

/**
 * Whether the verb at `i` is denied by a negation before it ("were not hurt", "declined to
 * comment") or, for a verb, by its subject ("no one was arrested").
 */
function deniedVerb(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - REACH); j--) {
    if (denial(tokens, j)) return true;
    if (!BETWEEN.has(tokens[j]!.pos))
      // "nothing new" says nothing is new, not that something did not happen.
      return tokens[i]!.pos === 'VERB' && denyingSubject(tokens, j);
  }
  return false;
}

/** Verbs that report a clause as untrue: "denied that", "disputed claims that". */
const DENIAL_CUES = new Set(['deny', 'dispute', 'refute', 'reject']);
/** Tokens after a denial verb where its "that" may stand ("denied reports that"). */
const THAT_REACH = 3;

/**
 * The index after which a claim's clause is denied ("denied that …"), or Infinity. A denial
 * denied ("did not dispute that no containers had moved") denies nothing.
 */
function deniedClause(tokens: readonly Token[]): number {
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k]!.pos !== 'VERB' || !DENIAL_CUES.has(tokens[k]!.lemma)) continue;
    if (deniedVerb(tokens, k)) continue;
    for (let j = k + 1; j <= Math.min(tokens.length - 1, k + THAT_REACH); j++)
      if (lower(tokens[j]) === 'that') return j;
  }
  return Infinity;
}

/**
 * The claim words of the verbs a claim denies: "The nine crew members who were not hurt" denies
 * hurt, "declined to comment" comment, and "no one has been arrested" arrest. A verb the claim
 * also states ("three were hurt and nine were not hurt") is not denied. A report that says a
 * thing did not happen does not confirm one that says it did.
 */
export function negatedVerbs(
  tokens: readonly Token[],
  tokenWords: readonly (string | null)[],
): string[] {
  const negated = new Set<string>();
  const stated = new Set<string>();
  // "The council denied that the bridge had failed an inspection" says it did not fail one.
  const deniedFrom = deniedClause(tokens);
  tokens.forEach((token, i) => {
    const word = tokenWords[i];
    if (!word) return;
    const before = lower(tokens[i - 1]);
    // The tagger reads some participles after "not" as nouns ("were not hurt").
    const verbal =
      token.pos === 'VERB' ||
      token.pos === 'ADJ' ||
      (token.pos === 'NOUN' && before !== undefined && NEGATIONS.has(before));
    if (!verbal) return;
    if (i > deniedFrom) {
      negated.add(word);
      return;
    }
    if (deniedVerb(tokens, i)) negated.add(word);
    else stated.add(word);
  });
  return [...negated].filter((word) => !stated.has(word));
}
