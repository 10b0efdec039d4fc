import type { Quote, TextLayer, Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import type { Attribution, StoryArticle } from '../cross-check.js';
import type { Claim, Timeframe } from './claim.js';
import { claimQuantity, noneCounts } from './claim-quantities.js';
import { claimSpans } from './claim-spans.js';
import { claimWords } from './claim-words.js';
import { clockTime } from './clock-time.js';
import { datedEvent } from './dated-event.js';
import { destinationsOf } from './destinations.js';
import { entityKey } from './entity-key.js';
import { happeningWords, toldVerbs } from './happening-words.js';
import { isHedge } from './hedges.js';
import { negatedVerbs } from './negated-verbs.js';
import { figureDay, runningCount } from './running-count.js';
import { compared, figureDates, precededBy, stillSo, whenClauseDate } from './claim-dates.js';

const SOFT_TAGS = new Set(['NOUN', 'VERB', 'ADJ']);

/** A claim's words as alignment sees them. */
export interface ClaimWordSets {
  words: Set<string>;
  softWords: Set<string>;
  predicates: Set<string>;
  nouns: Set<string>;
}

export const emptyWordSets = (): ClaimWordSets => ({
  words: new Set(),
  softWords: new Set(),
  predicates: new Set(),
  nouns: new Set(),
});

/**
 * Adds tokens' claim words to `words`, those a near-synonym may stand for to `softWords`, the
 * verbs to `predicates` and the common nouns to `nouns`.
 */
export function addWords(
  tokens: Token[],
  tokenWords: (string | null)[],
  { words, softWords, predicates, nouns }: ClaimWordSets,
): void {
  tokens.forEach((token, i) => {
    const word = tokenWords[i];
    if (!word) return;
    words.add(word);
    if (SOFT_TAGS.has(token.pos)) softWords.add(word);
    if (token.pos === 'VERB') predicates.add(word);
    if (token.pos === 'NOUN') nouns.add(word);
  });
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const within = (a: Span, b: Span) => a.start >= b.start && a.end <= b.end;

/** Who a claim is attributed to: the speaker of a quote holding most of it. */
function attributionOf(span: Span, quotes: Quote[]): Attribution | null {
  for (const quote of quotes) {
    const shared = Math.min(quote.end, span.end) - Math.max(quote.start, span.start);
    if (shared > (span.end - span.start) / 2)
      return { speaker: quote.speaker?.name ?? quote.speaker?.descriptor ?? null, cue: quote.cue };
  }
  return null;
}

/** A date this long before the article's is background, not the news. */
const BACKGROUND_DAYS = 30;

/** Whether a date (2029, 2030-07, 2031-04-01) ended well before the article was published. */
export function isBackground(date: string, published: string | null): boolean {
  if (!published) return false;
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.slice(0, 10));
  if (!parts) return false;
  const [, year, month, day] = parts;
  const end = day
    ? Date.UTC(+year!, +month! - 1, +day!)
    : month
      ? Date.UTC(+year!, +month!, 0)
      : Date.UTC(+year!, 11, 31);
  const from = Date.parse(published);
  return Number.isFinite(from) && from - end > BACKGROUND_DAYS * 86_400_000;
}

function timeframeOf(dates: string[], published: string | null): Timeframe {
  const old = dates.filter((date) => isBackground(date, published)).length;
  return old === 0 ? 'news' : old === dates.length ? 'background' : 'both';
}

/** A day, or a month or year that is not the one the article was published in. */
export const isTelling = (date: string, published: string | null) =>
  date.length >= 10 ||
  date.startsWith('T') ||
  (/^\d{4}(?:-\d{2})?$/.test(date) && !published?.startsWith(date));

/** Whether a token is part of a name a figure may belong to: not a place, a speaker or a day. */
const ownerName = (token: Span & { pos: string }, not: Span[]) =>
  token.pos === 'PROPN' && !not.some((span) => overlaps(span, token));

/** What a comma between a time and a verb weighs, in tokens: it parts clauses. */
const CLAUSE_APART = 100;

/**
 * The claim word of the verb nearest a span, counting tokens between and a clause for each comma
 * ("which had left port at 3 p.m., capsized": 3 p.m. is when it left), or null.
 */
function nearestVerb(
  tokens: readonly Token[],
  tokenWords: readonly (string | null)[],
  span: Span,
): string | null {
  // The weight of the tokens before each index: 1 a token, CLAUSE_APART a comma.
  const upTo = [0];
  tokens.forEach((token, i) => upTo.push(upTo[i]! + (token.text === ',' ? CLAUSE_APART : 1)));
  const first = tokens.findIndex((token) => token.end > span.start);
  const last = tokens.findLastIndex((token) => token.start < span.end);
  if (first < 0 || last < first) return null;
  let best: string | null = null;
  let distance = Infinity;
  tokens.forEach((token, i) => {
    if (token.pos !== 'VERB' || !tokenWords[i] || (i >= first && i <= last)) return;
    const apart = i < first ? upTo[first]! - upTo[i + 1]! : upTo[i]! - upTo[last + 1]!;
    if (apart < distance) {
      distance = apart;
      best = tokenWords[i];
    }
  });
  return best;
}

/** The claims of one article, numbered from `first`. */
export function buildClaims(
  { article, analysis }: StoryArticle,
  layer: TextLayer,
  source: number,
  first: number,
): Claim[] {
  const english = !article.language || article.language === 'en';
  const claims: Claim[] = [];
  // Where quotes name their speakers: who says a figure is not whose it is.
  const speakerSpans = analysis.quotes.flatMap((quote) =>
    quote.speaker?.span ? [quote.speaker.span] : [],
  );
  let t = 0;
  for (const span of claimSpans(article, analysis.sentences, layer.tokens)) {
    const sets = emptyWordSets();
    const { words } = sets;
    let hedged = false;
    while (t < layer.tokens.length && layer.tokens[t]!.end <= span.start) t++;
    let u = t;
    while (u < layer.tokens.length && layer.tokens[u]!.start < span.end) u++;
    const tokens = layer.tokens.slice(t, u);
    const tokenWords = claimWords(tokens, english);
    addWords(tokens, tokenWords, sets);
    tokens.forEach((token) => {
      if (token.pos !== 'PROPN' && isHedge(token.text.toLowerCase())) hedged = true;
    });
    const figures = analysis.quantities.filter((q) => within(q, span));
    // The words of names and of the titles run into them ("Sea Minister Joana de Almeida").
    const nameWords = new Set<string>();
    tokens.forEach((token, i) => {
      if (token.pos === 'PROPN' && tokenWords[i]) nameWords.add(tokenWords[i]!);
    });
    const forms = new Map<string, string>();
    tokens.forEach((token, i) => {
      const word = tokenWords[i];
      if (word && !forms.has(word)) forms.set(word, token.text);
    });
    const people = new Set<string>();
    const places: Span[] = [];
    for (const entity of analysis.entities) {
      const mention = entity.mentions.find((mention) => overlaps(mention, span));
      if (!mention) continue;
      const told = entity.mentions.filter(
        (m) => overlaps(m, span) && !speakerSpans.some((s) => overlaps(m, s)),
      );
      if (entity.type === 'person' && told.length) people.add(entityKey(entity));
      if (entity.type === 'place')
        for (const m of entity.mentions) if (overlaps(m, span)) places.push(m);
      words.add(entityKey(entity));
      forms.set(entityKey(entity), article.text.slice(mention.start, mention.end));
    }
    const spanTimes = analysis.times.filter((time) => within(time, span) && time.value);
    const times = spanTimes.map((time) => ({
      start: time.start,
      end: time.end,
      value: time.value!,
      tally: precededBy(tokens, time.start, 'by'),
      text: article.text.slice(time.start, time.end),
      clock: clockTime({ ...time, value: time.value! }, tokens, article.text),
      verb: nearestVerb(tokens, tokenWords, time),
    }));
    // An hour given without a day tells the hour: its day is only the article's guess.
    const mentioned = times.map((time) =>
      time.clock && !time.clock.dayGiven && time.value.includes('T')
        ? time.value.slice(time.value.indexOf('T'))
        : time.value,
    );
    // What a claim is dated by: not a point of comparison ("the first strike since 2029", "up
    // from 54.9 percent at the last election in 2033").
    const dating = times.filter(
      (time, i) =>
        !/^since\b/i.test(time.text) &&
        !precededBy(tokens, spanTimes[i]!.start, 'since') &&
        !compared(tokens, spanTimes[i]!.start),
    );
    const when = dating.map((time) => time.value);
    // A bare hour is read against the article's date: it makes no claim news ("at about 11 p.m.
    // in March 2029").
    const ownDates = dating.filter((time) => !time.clock || time.clock.dayGiven);
    const antecedent = whenClauseDate(article.text, span, analysis.times);
    const dated = antecedent ? [antecedent] : [];
    const notOwners = [...places, ...speakerSpans, ...spanTimes];
    const quantities = [
      ...figures.map((q) =>
        claimQuantity(q, tokens, tokenWords, span, figures, (i) =>
          ownerName(tokens[i]!, notOwners),
        ),
      ),
      ...noneCounts(tokens, tokenWords),
    ];
    const roles = new Set(quantities.flatMap((quantity) => quantity.roles));
    const running = runningCount(article.text.slice(span.start, span.end));
    claims.push({
      index: first + claims.length,
      article: article.id,
      source,
      position: claims.length,
      start: span.start,
      end: span.end,
      text: article.text.slice(span.start, span.end),
      words: [...words],
      softWords: [...sets.softWords],
      predicates: [...sets.predicates],
      nouns: [...sets.nouns].filter((word) => !sets.predicates.has(word)),
      negated: negatedVerbs(tokens, tokenWords),
      nameWords: [...nameWords],
      people: [...people],
      forms,
      quantities,
      datedEvent: datedEvent(
        toldVerbs(tokens, tokenWords),
        times,
        (verb, subject) =>
          happeningWords(
            verb,
            words,
            tokens,
            tokenWords,
            [...spanTimes, ...times.flatMap((time) => (time.clock ? [time.clock] : []))],
            claims[claims.length - 1],
            subject,
          ),
        [...sets.nouns],
      ),
      destinations: destinationsOf(analysis.entities, span, article.text, tokens, tokenWords),
      dates: [...when, ...dated],
      telling: [...mentioned, ...dated].filter((date) => isTelling(date, article.published)),
      timeframe: stillSo(
        timeframeOf([...ownDates.map((time) => time.value), ...dated], article.published),
        tokens,
        dated.length ? [span] : ownDates,
      ),
      figureDay: figureDay(
        figureDates(ownDates, roles).map((time) => time.value),
        article.published,
        running,
      ),
      runningCount: running !== null,
      reported: article.published?.slice(0, 10) ?? null,
      attribution: attributionOf(span, analysis.quotes),
      hedged,
      superseded: span.superseded,
    });
  }
  return claims;
}
