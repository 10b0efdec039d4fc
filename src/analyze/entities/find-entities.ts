import type { Entity, TextLayer } from '../../model/analysis.js';
import { casingOf } from './casing.js';
import { classifyChunk, type NameCandidate } from './classify-chunk.js';
import { appositiveAfter, roleBefore } from './descriptors.js';
import { EntityBuilder, type Building } from './entity-builder.js';
import { nameChunks } from './name-chunks.js';
import { linkRoleMentions } from './role-mentions.js';
import { wordUnits, type WordUnit } from './word-units.js';
import { NAME_PARTICLES, ROLE_NOUNS } from './word-lists.js';

/** Verbs after a lone capitalised word that show it names a person ("Okafor said"). */
const PERSON_VERBS = new Set([
  'say',
  'tell',
  'add',
  'warn',
  'argue',
  'claim',
  'insist',
  'deny',
  'write',
  'tweet',
  'explain',
  'note',
  'ask',
  'reply',
  'recall',
  'admit',
]);
const ACRONYM = /^\p{Lu}{2,8}$/u;

/**
 * People, organisations and places named in one article, each with every mention linked to it.
 * Reads the article's one text layer; linear in its tokens.
 */
export function findEntities(text: string, layer: TextLayer): Entity[] {
  const units = wordUnits(layer);
  const casing = casingOf(layer, units);
  const chunks = nameChunks(layer, units, casing);
  const builder = new EntityBuilder();
  const sentenceEnds = sentenceEndOfToken(layer);
  const deferred: NameCandidate[] = [];

  for (const chunk of chunks) {
    const candidate = classifyChunk(layer, units, chunk);
    if (!candidate) continue;
    const span = { start: candidate.start, end: candidate.end };
    const firstToken = units[candidate.first]!.first;
    const lastToken = units[candidate.last]!.last;
    if (candidate.type === 'place' || candidate.type === 'organization') {
      const b =
        builder.named(candidate.name) ??
        builder.create(candidate.type, candidate.name, span.start, candidate.units);
      builder.mention(b, span, candidate.name);
      if (candidate.type === 'organization') {
        builder.describe(b, appositiveAfter(layer, lastToken, sentenceEnds(lastToken)));
        const acronym = acronymAfter(layer, lastToken);
        if (acronym) builder.addName(b, acronym);
      }
      continue;
    }
    if (candidate.type === 'person' && candidate.units > 1) {
      let b = builder.named(candidate.name);
      if (!b) {
        // "President Okafor" first, "Tunde Okafor" later: the same person, now with a full name.
        const single = builder
          .withSurname(surnameOf(units, candidate))
          .find((x) => x.entity.type === 'person' && x.units === 1);
        if (single) {
          single.entity.aliases.push(single.entity.name);
          single.entity.name = candidate.name;
          single.units = candidate.units;
          builder.addName(single, candidate.name);
          b = single;
        } else {
          b = builder.create('person', candidate.name, span.start, candidate.units);
        }
      }
      registerSurnames(builder, b, units, candidate);
      addPersonMention(layer, builder, b, candidate, firstToken, lastToken, sentenceEnds);
      continue;
    }
    // A lone word: a known name, a surname, or a title + surname.
    const known = builder.named(candidate.name);
    if (known) {
      addPersonMention(layer, builder, known, candidate, firstToken, lastToken, sentenceEnds);
      continue;
    }
    const bearer = nearestBearer(builder.withSurname(candidate.name));
    if (bearer) {
      addPersonMention(layer, builder, bearer, candidate, firstToken, lastToken, sentenceEnds);
      continue;
    }
    if (candidate.type === 'person') {
      const b = builder.create('person', candidate.name, span.start, 1);
      builder.addSurname(b, candidate.name);
      addPersonMention(layer, builder, b, candidate, firstToken, lastToken, sentenceEnds);
      continue;
    }
    deferred.push(candidate);
  }

  resolveDeferred(layer, units, builder, deferred, sentenceEnds);
  linkRoleMentions(layer, builder);
  return builder.finish();
}

function addPersonMention(
  layer: TextLayer,
  builder: EntityBuilder,
  b: Building,
  candidate: NameCandidate,
  firstToken: number,
  lastToken: number,
  sentenceEnds: SentenceEnds,
): void {
  const surface = candidate.honorific ? `${candidate.honorific} ${candidate.name}` : candidate.name;
  builder.mention(b, { start: candidate.start, end: candidate.end }, surface);
  if (b.entity.type !== 'person') return;
  if (candidate.gender && !b.gender) b.gender = candidate.gender;
  builder.describe(b, candidate.role);
  // The token before the name proper: a glued title is not a lower-case role.
  if (!candidate.role) builder.describe(b, roleBefore(layer, firstToken));
  builder.describe(b, appositiveAfter(layer, lastToken, sentenceEnds(lastToken)));
}

function surnameOf(units: WordUnit[], candidate: NameCandidate): string {
  return units[candidate.last]!.text;
}

function registerSurnames(
  builder: EntityBuilder,
  b: Building,
  units: WordUnit[],
  candidate: NameCandidate,
): void {
  const last = units[candidate.last]!;
  builder.addSurname(b, last.text);
  const before = units[candidate.last - 1];
  if (before && candidate.last - 1 > candidate.first && NAME_PARTICLES.has(before.lower)) {
    builder.addSurname(b, `${before.text} ${last.text}`);
  }
  // "Park Min-jun", "Liu Wei-ting": a hyphenated given name after the family name.
  const dash = last.text.indexOf('-');
  if (dash > 0 && /^\p{Ll}/u.test(last.text.slice(dash + 1)))
    builder.addSurname(b, units[candidate.first]!.text);
}

function nearestBearer(bearers: Building[]): Building | undefined {
  let best: Building | undefined;
  for (const b of bearers)
    if (b.entity.type === 'person' && (!best || b.lastMention > best.lastMention)) best = b;
  return best;
}

function acronymAfter(layer: TextLayer, last: number): string | null {
  const { tokens } = layer;
  if (tokens[last + 1]?.text !== '(' || tokens[last + 3]?.text !== ')') return null;
  const word = tokens[last + 2]!.text;
  return ACRONYM.test(word) ? word : null;
}

/** Lone words seen before any full name: a later full name, or evidence that the word names a person. */
function resolveDeferred(
  layer: TextLayer,
  units: WordUnit[],
  builder: EntityBuilder,
  deferred: NameCandidate[],
  sentenceEnds: SentenceEnds,
): void {
  const groups = new Map<string, NameCandidate[]>();
  for (const candidate of deferred) {
    const bearers = builder.withSurname(candidate.name).filter((b) => b.entity.type === 'person');
    const known = builder.named(candidate.name);
    const target = known ?? (bearers.length === 1 ? bearers[0] : undefined);
    if (target) {
      addPersonMention(
        layer,
        builder,
        target,
        candidate,
        units[candidate.first]!.first,
        units[candidate.last]!.last,
        sentenceEnds,
      );
      continue;
    }
    if (bearers.length > 1) continue;
    const key = candidate.name.toLowerCase();
    const group = groups.get(key);
    if (group) group.push(candidate);
    else groups.set(key, [candidate]);
  }
  const { tokens } = layer;
  for (const group of groups.values()) {
    // A plural common noun at a sentence start ("Officials said") is not a name.
    const token = tokens[units[group[0]!.first]!.first]!;
    const lower = token.text.toLowerCase();
    if (lower.endsWith('s') && (token.lemma !== lower || ROLE_NOUNS.has(lower.slice(0, -1))))
      continue;
    const speaks = group.some((c) => {
      const last = units[c.last]!.last;
      let next = last + 1;
      if (tokens[next]?.pos === 'ADV' || tokens[next]?.pos === 'AUX') next++;
      const t = tokens[next];
      if (t !== undefined && t.pos === 'VERB' && PERSON_VERBS.has(t.lemma)) return true;
      // "..., said O'Malley."
      const before = tokens[units[c.first]!.first - 1];
      const after = tokens[last + 1];
      return (
        before !== undefined &&
        before.pos === 'VERB' &&
        PERSON_VERBS.has(before.lemma) &&
        (after === undefined || after.pos === 'PUNCT' || after.text === 'of')
      );
    });
    if (!speaks) continue;
    const first = group[0]!;
    const b = builder.create('person', first.name, first.start, 1);
    builder.addSurname(b, first.name);
    for (const c of group)
      addPersonMention(
        layer,
        builder,
        b,
        c,
        units[c.first]!.first,
        units[c.last]!.last,
        sentenceEnds,
      );
  }
}

/** The end offset of a token's sentence. */
type SentenceEnds = (token: number) => number;

/** Looks the sentence up by binary search when asked: few tokens ever need it. */
function sentenceEndOfToken(layer: TextLayer): SentenceEnds {
  const { sentences, tokens } = layer;
  return (token: number): number => {
    const start = tokens[token]!.start;
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    return sentences[lo]?.end ?? layer.text.length;
  };
}
