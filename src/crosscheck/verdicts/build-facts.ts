import { createHash } from 'node:crypto';
import type { Claim } from '../claims/claim.js';
import type { Attribution, Fact, FactVersion } from '../cross-check.js';
import { articlesOf, evidenceOf } from './evidence.js';
import { factDate } from './fact-date.js';
import type { WordVectors } from '../align/word-vectors.js';
import { conflictVersions } from './versions.js';
import { factWording } from './fact-wording.js';
import { DisputeSides } from './dispute-sides.js';
import { FactWords } from './fact-words.js';
import { unconfirmedWords } from './unconfirmed-words.js';
import { representativeClaim, wordingKey } from './representative-claim.js';
import type { SourceCounter } from './source-counter.js';

/** A fact's id from its claims' places: the same evidence gives the same id. */
const factId = (claims: Claim[]) =>
  `f${createHash('sha256')
    .update(claims.map((claim) => `${claim.article}:${claim.start}:${claim.end}`).join(' '))
    .digest('hex')
    .slice(0, 11)}`;

/** The attribution every claim of a fact carries, or null when one states it as the outlet's own. */
function sharedAttribution(claims: Claim[]): Attribution | null {
  if (claims.some((claim) => !claim.attribution)) return null;
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const speaker = claim.attribution!.speaker ?? '';
    counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
  }
  const speaker = [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  const cue = claims.find((claim) => (claim.attribution!.speaker ?? '') === speaker)!.attribution!
    .cue;
  return { speaker: speaker || null, cue };
}

/** Two wordings this alike in words say one thing. */
const SAME_WORDING = 0.6;

/**
 * Facts from groups of aligned claims: a fact whose claims fall apart into sides that give
 * different figures for the same thing, or send one happening to different places, is
 * `conflicting`, with a version for each side. Groups worded by the same sentence (a lead linked
 * to one report on its day and to another on its place) that several sources confirm are one
 * fact: a reader sees one sentence, with every source that confirms some of it.
 */
export function buildFacts(
  claims: Claim[],
  { groups, disputed: conflicting }: { groups: number[][]; disputed: ReadonlySet<number[]> },
  sources: SourceCounter,
  vectors: WordVectors | null,
  /** How alike two claims are in words (0–1). */
  related?: (a: Claim, b: Claim) => number,
): Fact[] {
  // Larger groups choose their wording first, so that two facts read alike only when a claim is
  // both the wording of a fact and, for what no other article confirms, a fact of its own.
  const ordered = groups
    .map((group) => ({
      group,
      members: group.map((index) => claims[index]!).sort((a, b) => a.index - b.index),
    }))
    .sort(
      (a, b) => b.members.length - a.members.length || a.members[0]!.index - b.members[0]!.index,
    );
  // One source giving two figures (an outlet's early and later report) disputes nothing: a
  // conflict is between independent sources.
  const conflicts = ordered.map(({ group, members }) =>
    conflicting.has(group) && sources.count(articlesOf(members)) >= 2
      ? conflictVersions(members, vectors)
      : null,
  );
  // A fact that others dispute is not worded by a sentence giving one side of the dispute when
  // another can word it ("a blaze injured 15 of its 24 crew" where 12 is also reported).
  const disputed = new DisputeSides(conflicts);
  const used = new Set<string>();
  const drafts: Draft[] = [];
  const single: Draft[] = [];
  const settledByText = new Map<string, number>();
  const settledOf = new Map<Claim, number[]>();
  /** Claims a fact or a dispute holds already. */
  const held = new Set<Claim>();
  for (const [i, { members }] of ordered.entries()) {
    const figures = conflicts[i];
    let wording = representativeClaim(
      figures ? figures.flatMap((side) => side.claims) : members,
      figures ? (key) => used.has(key) : (key) => used.has(key) || disputed.has(key),
    );
    // A group worded by one side of a dispute, though not all its claims give that side, would
    // state the disputed figure as confirmed by sources that do not give it ("a blaze injured 15
    // of its 24 crew" for three reports of the fire, one of them giving 12). A claim wording a
    // fact already words it (the group joins that fact); failing that, the group joins a fact
    // holding all its claims.
    const mixedSides = (claim: Claim) =>
      !figures &&
      disputed.has(wordingKey(claim)) &&
      !members.every((member) => disputed.givesSideOf(claim, member));
    if (mixedSides(wording)) wording = representativeClaim(members, (key) => disputed.has(key));
    used.add(wordingKey(wording));
    const text = factWording(wording.text);
    if (figures) {
      for (const claim of members) held.add(claim);
      drafts.push({
        members,
        wording,
        text,
        versions: figures.map((side) => versionOf(side.kind, side.claims, side.text, sources)),
      });
      continue;
    }
    if (sources.count(articlesOf(members)) < 2) {
      single.push({ members, wording, text });
      continue;
    }
    const mixed = mixedSides(wording);
    let same = mixed
      ? (settledOf.get(members[0]!) ?? []).find((at) =>
          members.every((claim) => drafts[at]!.members.includes(claim)),
        )
      : settledByText.get(text);
    // Groups worded alike (one sentence, or two near-identical ones sharing a claim: an edited
    // copy of a wire story) are one fact.
    if (same === undefined && !mixed && related)
      for (const claim of members) {
        same = (settledOf.get(claim) ?? []).find(
          (at) => related(drafts[at]!.wording, wording) >= SAME_WORDING,
        );
        if (same !== undefined) break;
      }
    // …and when none does, it says nothing its claims' facts and disputes do not say already.
    if (same === undefined && mixed && members.every((claim) => held.has(claim))) continue;
    if (same === undefined) {
      same = drafts.length;
      settledByText.set(text, same);
      drafts.push({ members, wording, text });
    } else {
      const known = new Set(drafts[same]!.members);
      drafts[same]!.members.push(...members.filter((claim) => !known.has(claim)));
    }
    for (const claim of members) {
      held.add(claim);
      const list = settledOf.get(claim);
      if (!list) settledOf.set(claim, [same]);
      else if (!list.includes(same)) list.push(same);
    }
  }
  drafts.push(...singleSourceFacts(single, drafts, vectors));
  return drafts.map(({ members, wording, text, versions, unconfirmed }) => {
    const articles = articlesOf(members);
    const count = sources.count(articles);
    return {
      id: factId(members),
      status: versions ? 'conflicting' : count >= 2 ? 'corroborated' : 'single-source',
      text,
      sources: count,
      articles,
      evidence: members.map(evidenceOf),
      ...(versions ? { versions: versions.sort((a, b) => b.sources - a.sources) } : {}),
      attribution: sharedAttribution(members),
      hedged: members.every((claim) => claim.hedged),
      date: factDate(members, wording),
      ...(unconfirmed ? { unconfirmed } : {}),
    };
  });
}

interface Draft {
  members: Claim[];
  wording: Claim;
  text: string;
  versions?: FactVersion[];
  unconfirmed?: string[];
}

/**
 * What one source alone says, once: copies of a sentence in one source's articles worded alike
 * are one fact, and a group of copies every one of which a fact of several sources holds already
 * says nothing more (a claim's own fact, for what no other source confirms of it, stays). What an
 * update replaced is no fact of its own.
 */
function singleSourceFacts(
  single: Draft[],
  settled: Draft[],
  vectors: WordVectors | null,
): Draft[] {
  const confirmed = new Set(settled.flatMap((draft) => draft.members));
  const byText = new Map<string, Draft>();
  for (const draft of single) {
    if (draft.members.every((claim) => claim.superseded)) continue;
    if (draft.members.length > 1 && draft.members.every((claim) => confirmed.has(claim))) continue;
    const same = byText.get(draft.text);
    if (!same) byText.set(draft.text, { ...draft, members: [...draft.members] });
    else same.members.push(...draft.members.filter((claim) => !same.members.includes(claim)));
  }
  // A sentence other sources confirm in part is a fact of its own for the rest: say what.
  const wordsOf = new Map<Draft, FactWords>();
  const factsOf = new Map<Claim, Draft[]>();
  const told = new Set<Draft>();
  for (const fact of settled)
    for (const claim of fact.members) factsOf.set(claim, [...(factsOf.get(claim) ?? []), fact]);
  for (const draft of byText.values()) {
    const facts = [...new Set(draft.members.flatMap((claim) => factsOf.get(claim) ?? []))];
    if (facts.length === 0) continue;
    const indexed = facts.map((fact) => {
      let words = wordsOf.get(fact);
      if (!words) wordsOf.set(fact, (words = new FactWords(fact.members)));
      return words;
    });
    const unconfirmed = unconfirmedWords(draft.wording, draft.text, indexed, vectors);
    // A side of a conflict says nothing more on its own when all that only it says is its side's
    // figure: "Three people were injured" is told by the conflict over how many were.
    const side = facts.find(
      (fact) =>
        fact.versions &&
        draft.members.every((claim) => fact.members.includes(claim)) &&
        unconfirmed.every((words) =>
          fact.versions!.some((version) => version.text.includes(words)),
        ),
    );
    if (side) told.add(draft);
    else if (unconfirmed.length > 0) draft.unconfirmed = unconfirmed;
  }
  return [...byText.values()].filter((draft) => !told.has(draft));
}

function versionOf(
  about: FactVersion['about'],
  claims: Claim[],
  text: string,
  sources: SourceCounter,
): FactVersion {
  const articles = articlesOf(claims);
  return {
    about,
    text,
    sources: sources.count(articles),
    articles,
    evidence: claims.map(evidenceOf),
  };
}
