import type { Entity, TextLayer } from '../../model/analysis.js';
import { casingOf } from './casing.js';
import { classifyChunk, type NameCandidate } from './classify-chunk.js';
import { appositiveAfter, roleBefore } from './descriptors.js';
import { EntityBuilder, type Building } from './entity-builder.js';
import { linkBodyMentions } from './body-mentions.js';
import { actsOrOwns, contextCue, isCredit, strongCue, type Cue } from './context-cues.js';
import { nameChunks } from './name-chunks.js';
import { linkRoleMentions } from './role-mentions.js';
import { wordUnits, type WordUnit } from './word-units.js';
import {
  BUSINESS_HEADS,
  NAME_PARTICLES,
  NATIONALITIES,
  ROLE_NOUNS,
  TITLE_MODIFIERS,
} from './word-lists.js';
import { isPlace } from './places.js';

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
  const generics: NameCandidate[] = [];
  const vessels = new Set<string>();
  const prefixes = new Map<string, Building | null>();
  const markVessel = (name: string): void => {
    const key = name.toLowerCase();
    vessels.add(key);
    const b = builder.named(name);
    if (b) builder.drop(b);
  };

  for (const chunk of chunks) {
    const candidate = classifyChunk(layer, units, chunk);
    if (!candidate) continue;
    if (vessels.size > 0 && vessels.has(candidate.name.toLowerCase())) continue;
    const span = { start: candidate.start, end: candidate.end };
    const firstToken = units[candidate.first]!.first;
    const lastToken = units[candidate.last]!.last;
    if (candidate.vessel) {
      markVessel(candidate.name);
      continue;
    }
    if (candidate.generic) {
      generics.push(candidate);
      continue;
    }
    // A name with no person evidence may name a ship, a body or a place: read its context.
    if (candidate.units > 1 && candidate.type !== 'organization' && !candidate.personEvidence) {
      const known = builder.named(candidate.name);
      const cue: Cue = known
        ? null
        : (strongCue(layer, firstToken, lastToken) ??
          (candidate.type === 'person'
            ? contextCue(layer, firstToken, lastToken, sentenceEnds(lastToken))
            : null));
      if (cue === 'vessel') {
        markVessel(candidate.name);
        continue;
      }
      if (cue && candidate.type === 'person') candidate.type = cue;
    }
    if (candidate.type === 'place' || candidate.type === 'organization') {
      let b = builder.named(candidate.name);
      if (!b) {
        b = builder.create(candidate.type, candidate.name, span.start, candidate.units);
        if (candidate.type === 'organization') registerPrefix(prefixes, units, candidate, b);
      }
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

  resolveDeferred(layer, units, builder, deferred, sentenceEnds, prefixes);
  linkRoleMentions(layer, builder);
  linkBodyMentions(layer, builder, generics);
  // Reporters named only in a credit line ("Additional reporting by ...") are not in the news.
  for (const b of builder.all)
    if (b.entity.type === 'person' && b.uncredited === 0) builder.drop(b);
  return builder.finish();
}

/**
 * "Halvorsen Lines" may be called "Halvorsen" later: a company's first word, unless it is a
 * place, a nationality or a common modifier ("Lisbon Port Authority" is no "Lisbon").
 */
function registerPrefix(
  prefixes: Map<string, Building | null>,
  units: WordUnit[],
  candidate: NameCandidate,
  b: Building,
): void {
  if (candidate.units < 2) return;
  const head = units[candidate.last]!.lower;
  if (!BUSINESS_HEADS.has(head)) return;
  const first = units[candidate.first]!;
  if (NATIONALITIES.has(first.lower) || TITLE_MODIFIERS.has(first.lower) || isPlace(first.text))
    return;
  const key = first.lower;
  const seen = prefixes.get(key);
  prefixes.set(key, seen === undefined || seen === b ? b : null);
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
  if (!isCredit(layer, firstToken, lastToken)) b.uncredited++;
  if (b.entity.type !== 'person') return;
  if (candidate.gender && !b.gender) b.gender = candidate.gender;
  builder.describe(b, candidate.role);
  // The token before the name proper: a glued title is not a lower-case role.
  if (!candidate.role) builder.describe(b, roleBefore(layer, firstToken, lastToken));
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
  prefixes: Map<string, Building | null>,
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
    const first = group[0]!;
    const tokenRange = (c: NameCandidate): [number, number] => [
      units[c.first]!.first,
      units[c.last]!.last,
    ];
    // "Halvorsen said": the company "Halvorsen Lines", not a person.
    const body = prefixes.get(lower);
    if (body && !body.dropped) {
      for (const c of group) builder.mention(body, { start: c.start, end: c.end }, c.name);
      continue;
    }
    let cue: Cue = null;
    for (const c of group) {
      const [f, l] = tokenRange(c);
      cue = strongCue(layer, f, l);
      if (cue) break;
    }
    // A weak cue counts only for a word never used as a person's name, a subject or an owner.
    if (
      !speaks &&
      !cue &&
      !group.some((c) => c.personEvidence || actsOrOwns(layer, units[c.last]!.last))
    )
      for (const c of group) {
        const [f, l] = tokenRange(c);
        cue = contextCue(layer, f, l, sentenceEnds(l));
        if (cue) break;
      }
    if (cue === 'vessel') continue;
    if (cue && (!speaks || cue === 'place')) {
      const b = builder.named(first.name) ?? builder.create(cue, first.name, first.start, 1);
      for (const c of group) builder.mention(b, { start: c.start, end: c.end }, c.name);
      continue;
    }
    if (!speaks) continue;
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
