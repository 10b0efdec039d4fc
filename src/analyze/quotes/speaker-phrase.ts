import type { Entity, Token } from '../../model/analysis.js';
import { headOf, UNION_HEADS } from '../entities/body-mentions.js';
import { lowerOf } from './cues.js';

/** Nouns for the people who speak for a body: "union officials", "a ministry spokesman". */
const VOICE_NOUNS = new Set([
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'representative',
  'leader',
  'source',
  'negotiator',
  'executive',
]);

/** Those that take the body after them: "a spokesman for the ministry". */
const SPOKES_NOUNS = new Set(['spokesman', 'spokeswoman', 'spokesperson']);

/** Nouns for a body's numbers: "according to union figures" cites the union. */
const DATA_NOUNS = new Set([
  'figure',
  'data',
  'datum',
  'estimate',
  'statistic',
  'record',
  'number',
  'count',
  'tally',
  'calculation',
]);

const QUANTIFIERS = new Set([
  'many',
  'some',
  'most',
  'several',
  'few',
  'all',
  'both',
  'each',
  'none',
  'one',
  'two',
  'three',
  'four',
  'five',
  'dozens',
  'hundreds',
]);

const JOINERS = new Set(['for', 'of', 'at', 'from', 'with']);

/** The bodies of an article by the head word of their name; a head two bodies share maps to null. */
export function bodiesByHead(entities: Entity[]): Map<string, Entity | null> {
  const bodies = new Map<string, Entity | null>();
  const put = (key: string, entity: Entity): void => {
    const seen = bodies.get(key);
    bodies.set(key, seen === undefined || seen === entity ? entity : null);
  };
  for (const entity of entities) {
    if (entity.type !== 'organization' || !entity.name.includes(' ')) continue;
    const head = headOf(entity.name);
    put(head, entity);
    if (UNION_HEADS.has(head) && head !== 'union') put('union', entity);
  }
  return bodies;
}

export interface PhraseName {
  name: string;
  /** Token index of the name's head word ("drivers" in "many of the drivers stuck in ..."). */
  head: number;
  /** The body the phrase speaks for ("union officials" → the union named in the article). */
  body: Entity | null;
}

/**
 * The name of a speaker given by a noun phrase over tokens [first, last]: without its article
 * ("the port authority" → "port authority"), its partitive ("many of the drivers" → "drivers"),
 * a participle clause ("drivers stuck in the queue" → "drivers") or a body's numbers ("union
 * figures" → "union"); a body's voice in the usual order ("a spokesman for the ministry" →
 * "ministry spokesman").
 */
export function namePhrase(
  tokens: Token[],
  text: string,
  first: number,
  last: number,
  bodies: Map<string, Entity | null>,
): PhraseName {
  let f = skipDeterminers(tokens, first, last);
  if (
    f + 1 < last &&
    QUANTIFIERS.has(lowerOf(tokens[f]!.text)) &&
    lowerOf(tokens[f + 1]!.text) === 'of'
  )
    f = skipDeterminers(tokens, f + 2, last);
  let l = last;
  for (let k = f + 1; k <= l; k++)
    if (tokens[k]!.pos === 'VERB' && isNoun(tokens[k - 1]!)) {
      l = k - 1;
      break;
    }
  const words = (a: number, b: number): string =>
    a <= b ? text.slice(tokens[a]!.start, tokens[b]!.end) : '';
  // "union figures", "the union's figures", "figures from the union".
  if (DATA_NOUNS.has(tokens[l]!.lemma) && l > f) {
    let m = l - 1;
    while (m > f && (tokens[m]!.pos === 'PART' || tokens[m]!.pos === 'ADJ')) m--;
    if (isNoun(tokens[m]!)) l = m;
  } else if (DATA_NOUNS.has(tokens[f]!.lemma) && JOINERS.has(lowerOf(tokens[f + 1]?.text ?? ''))) {
    f = skipDeterminers(tokens, f + 2, l);
  }
  // "a spokesman for the ministry" → "ministry spokesman", when the body is a common noun.
  const voice = tokens[f]!;
  if (
    SPOKES_NOUNS.has(voice.lemma) &&
    f + 3 <= l &&
    l - f <= 4 &&
    JOINERS.has(lowerOf(tokens[f + 1]!.text)) &&
    lowerOf(tokens[f + 2]!.text) === 'the' &&
    allLowerNouns(tokens, f + 3, l)
  ) {
    const body = bodyBefore(bodies, lowerOf(tokens[l]!.text), tokens[first]!.start);
    return { name: `${words(f + 3, l)} ${voice.text}`, head: f, body };
  }
  return { name: words(f, l), head: l, body: bodyOf(tokens, f, l, bodies) };
}

/** A body named before `at` whose head is `word`: what "the union" refers back to. */
function bodyBefore(bodies: Map<string, Entity | null>, word: string, at: number): Entity | null {
  const body = bodies.get(word);
  return body && body.mentions.some((m) => m.start < at) ? body : null;
}

/** The body a phrase names by a head word ("the union", "union officials"), if one. */
function bodyOf(
  tokens: Token[],
  first: number,
  last: number,
  bodies: Map<string, Entity | null>,
): Entity | null {
  if (!allLowerNouns(tokens, first, last)) return null;
  let k = last;
  if (k > first && VOICE_NOUNS.has(tokens[k]!.lemma)) k--;
  else if (k !== first) return null;
  return bodyBefore(bodies, lowerOf(tokens[k]!.text), tokens[first]!.start);
}

function skipDeterminers(tokens: Token[], first: number, last: number): number {
  let f = first;
  while (f < last && tokens[f]!.pos === 'DET') f++;
  return f;
}

function isNoun(token: Token): boolean {
  return token.pos === 'NOUN' || token.pos === 'PROPN';
}

function allLowerNouns(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const t = tokens[k]!;
    const c = t.text.charCodeAt(0);
    if (!(c >= 97 && c <= 122) || !(t.pos === 'NOUN' || t.pos === 'ADJ')) return false;
  }
  return true;
}
