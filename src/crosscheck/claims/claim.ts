import type { Attribution } from '../cross-check.js';
import type { DatedEvent } from './dated-event.js';
import type { ClaimPlace } from './destinations.js';

/** A number a claim gives, with the head noun of what it counts ("1,200 dock workers" → worker). */
export interface ClaimQuantity {
  value: number;
  /** Lemma of the counted noun's head, or the currency/percent unit; null for a bare number. */
  unit: string | null;
  /** Lemmas of every word of the counted noun phrase ("crew members" → crew, member). */
  unitWords: string[];
  approximate: boolean;
  /** "No injuries were reported": a count of none, of what `unit` names. */
  none: boolean;
  /** "more than 150" is a lower bound, "up to 40" an upper one. */
  bound: 'at-least' | 'at-most' | null;
  text: string;
  /** Content words next to the figure ("injuring 12 crew members" → injure): what it is a count of. */
  context: string[];
  /** The verbs among `context`: what is said of the figure ("offering", "demanding"). */
  roles: string[];
  /** Said to be more of it, beside another figure ("three people also died"; "another 40"). */
  further: boolean;
  /** Said of what will or would be ("will employ 13,200"), not of what is. */
  expected: boolean;
  /** The whole a part is counted of: 16 in "missed 10 of the team's 16 games". */
  whole: boolean;
  /** Whose it is: the person or body named nearest before it (entity key), or null. */
  owner: string | null;
}

export type Timeframe = 'news' | 'background' | 'both';

/** Whether two claims may speak of one happening: the news and the background never do. */
export const sameTimeframe = (a: Pick<Claim, 'timeframe'>, b: Pick<Claim, 'timeframe'>) =>
  a.timeframe === b.timeframe || a.timeframe === 'both' || b.timeframe === 'both';

/**
 * Claims each about people, none of them the same: what each tells is its own people's (their
 * figures, their happenings).
 */
export const otherPeople = (a: Pick<Claim, 'people'>, b: Pick<Claim, 'people'>) =>
  a.people.length > 0 &&
  b.people.length > 0 &&
  !a.people.some((person) => b.people.includes(person));

/** One checkable unit of one article: a sentence or a clause, with what alignment matches on. */
export interface Claim {
  /** Position in the story's list of claims. */
  index: number;
  article: string;
  /** The independent source (copy group) the article belongs to. */
  source: number;
  /** Order of the claim within its article (0 = the lead). */
  position: number;
  start: number;
  end: number;
  text: string;
  /** Distinct content lemmas and entity keys, synonyms folded. */
  words: string[];
  /** The common nouns, verbs and adjectives among `words`: those a near-synonym may stand for. */
  softWords: string[];
  /** The verbs among `words`: what the claim says happened. */
  predicates: string[];
  /** The common nouns among `words` (not also its verbs): with verbs, what WordNet senses are read for. */
  nouns: string[];
  /** The words of the verbs the claim denies ("were not hurt", "declined to comment"). */
  negated: string[];
  /** The words of names the claim mentions ("joana", "almeida"): who it is about, not what. */
  nameWords: string[];
  /**
   * The people the claim tells of, as entity keys ("@duarte"), not those it quotes: whose the
   * figures are ("Kessler scored 16 points" is not a version of "Marne had 14 points").
   */
  people: string[];
  /** How the claim writes each of its words ("injure" → "injured", "@ana duarte" → "Ana Duarte"). */
  forms: ReadonlyMap<string, string>;
  quantities: ClaimQuantity[];
  /** A once-only happening the claim gives a day ("the strike began on Tuesday"). */
  datedEvent: DatedEvent | null;
  /** Places the claim says someone or something went to. */
  destinations: ClaimPlace[];
  /** ISO values of the dates the claim gives its happenings (not "since 2029", a comparison). */
  dates: string[];
  /**
   * The dates that tell one happening from another: days, and months or years other than the
   * article's own ("in June" in May, "since 2029").
   */
  telling: string[];
  /**
   * When the claim's happenings are: the news, well before its article (an earlier strike, last
   * year's toll: background), or both ("the 2019-built ship caught fire on Sunday").
   */
  timeframe: Timeframe;
  /** The day its figures are of: its one day, or its article's (see `figureDay`); null unknown. */
  figureDay: string | null;
  /** Gives its figures as a count at a moment that later reports move on ("are still missing"). */
  runningCount: boolean;
  /** The day its article was published, or null. */
  reported: string | null;
  attribution: Attribution | null;
  hedged: boolean;
  /**
   * Said in an earlier version kept below an update's marker: it may confirm what others say, but
   * is no fact or version of its own (the update replaced it).
   */
  superseded: boolean;
}

/** A claim of words alone (a quote compared with quotes), with no figure, date, place or speaker. */
export const wordsOnlyClaim = (
  fields: Pick<
    Claim,
    'index' | 'article' | 'source' | 'start' | 'end' | 'text' | 'words' | 'softWords' | 'predicates'
  > &
    Partial<Pick<Claim, 'nouns'>>,
): Claim => ({
  nouns: fields.softWords.filter((word) => !fields.predicates.includes(word)),
  ...fields,
  position: 0,
  negated: [],
  nameWords: [],
  people: [],
  forms: new Map(),
  quantities: [],
  datedEvent: null,
  destinations: [],
  dates: [],
  telling: [],
  timeframe: 'news',
  figureDay: null,
  runningCount: false,
  reported: null,
  attribution: null,
  hedged: false,
  superseded: false,
});
