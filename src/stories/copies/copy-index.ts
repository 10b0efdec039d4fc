import type { Article } from '../../model/article.js';
import type { CopyLink } from './copy-link.js';
import { copyOptions, type CopyOptions } from './copy-options.js';
import type { CopyState, Group, IndexedArticle } from './copy-state.js';
import { decideRelation, isEarlier, type Decision, type PairSide } from './decide-relation.js';
import { fingerprintArticle, type ArticlePrint, type TextPrint } from './fingerprint-article.js';
import { findCandidates } from './find-candidates.js';
import { MemoryCopyState } from './memory-copy-state.js';
import { estimateJaccard, MinHasher } from './minhash.js';
import { bandKeys } from './lsh-bands.js';

export type CopyReason =
  /** Linked to an earlier or later article as a copy or an update. */
  | 'linked'
  /** Compared with what LSH offered; nothing close enough. */
  | 'unique'
  /** Too little text to tell a copy from a coincidence. */
  | 'too-short'
  /** The same article id was added before: the earlier decision stands. */
  | 'already-added';

/** What `CopyIndex.add` did with one article. */
export interface CopyDecision {
  article: string;
  reason: CopyReason;
  /** The pair that was linked (the arriving article may be the older one). */
  linked: Decision | null;
  /** Candidate texts compared in full. */
  candidates: number;
  /** Whether its fingerprints went into the LSH buckets (near-duplicates stay out: the group has one). */
  indexed: boolean;
}

/** Where a group of copies came from. */
export interface CopyOrigin {
  /** The group's original: its earliest article. */
  original: string;
  /** The agency a member's credit line or dateline names, if any. */
  agency: string | null;
  /** The original's outlet. */
  outlet: string | null;
  /** How many articles the group holds. */
  size: number;
}

interface Candidate {
  /** The arriving article's text compared: 0 main, 1… an earlier version. */
  queryPart: number;
  article: string;
  part: number;
  print: TextPrint;
}

/**
 * Finds wire copies and updates among articles as they arrive. Each article is compared only with
 * the texts that share an LSH band with it (buckets are capped), so adding one costs the same
 * whatever the index holds; a copy is linked to its group and not indexed itself, so a burst of
 * near-identical articles leaves the index as it was.
 */
export class CopyIndex {
  readonly options: CopyOptions;
  private readonly hasher: MinHasher;

  constructor(
    readonly state: CopyState = new MemoryCopyState(),
    options: Partial<CopyOptions> = {},
  ) {
    this.options = copyOptions(options);
    this.hasher = new MinHasher(this.options.bands * this.options.rows, this.options.seed);
  }

  fingerprint(article: Article): ArticlePrint {
    return fingerprintArticle(article, this.hasher, this.options);
  }

  add(article: Article): CopyDecision {
    return this.addPrint(this.fingerprint(article));
  }

  /** Adds an article already fingerprinted with this index's options (for worker threads). */
  addPrint(print: ArticlePrint): CopyDecision {
    const none = { article: print.id, linked: null, candidates: 0, indexed: false };
    if (this.state.member(print.id)) return { ...none, reason: 'already-added' };
    this.state.putMember(print.id, { parent: null, relation: null });
    if (!print.main && !print.earlier.some(Boolean)) {
      this.state.putGroup(print.id, singleton(print));
      return { ...none, reason: 'too-short' };
    }

    const candidates = this.candidates(print);
    const decision = this.best(print, candidates);
    if (decision) this.join(print, decision);
    else this.state.putGroup(print.id, singleton(print));

    const nearDuplicate = decision?.nearDuplicate ?? false;
    if (!nearDuplicate) this.index(print);
    return {
      article: print.id,
      reason: decision ? 'linked' : 'unique',
      linked: decision,
      candidates: candidates.length,
      indexed: !nearDuplicate,
    };
  }

  /** The article's link to its group's original, or null for an original or a loner. */
  linkOf(id: string): CopyLink | null {
    const member = this.state.member(id);
    if (!member?.relation) return null;
    const group = this.state.group(member.parent ?? id);
    if (!group || group.original === id) return null;
    const { kind, similarity } = member.relation;
    return { article: id, of: group.original, similarity, kind };
  }

  /** Every copy and update link, by article id. */
  links(): CopyLink[] {
    const links: CopyLink[] = [];
    for (const id of this.state.related()) {
      const link = this.linkOf(id);
      if (link) links.push(link);
    }
    return links.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : 0));
  }

  /** Where the article's group came from; null for an article never added. */
  origin(id: string): CopyOrigin | null {
    const member = this.state.member(id);
    if (!member) return null;
    const group = this.state.group(member.parent ?? id);
    if (!group) return null;
    return {
      original: group.original,
      agency: group.agency,
      outlet: group.originalOutlet,
      size: group.size,
    };
  }

  /** The indexed texts that share a band with one of the article's texts, most shared first. */
  private candidates(print: ArticlePrint): Candidate[] {
    const { bands, rows, maxCandidates } = this.options;
    const queries = [print.main, ...print.earlier].map((text) =>
      text ? bandKeys(text.signature, bands, rows) : null,
    );
    const found = findCandidates(this.state, queries, maxCandidates);
    const out: Candidate[] = [];
    for (const { queryPart, entry } of found) {
      const fingerprint = this.state.fingerprint(entry);
      if (!fingerprint || fingerprint.article === print.id) continue;
      // An earlier version is compared with main texts only: two kept versions say nothing new.
      if (queryPart > 0 && fingerprint.part > 0) continue;
      out.push({
        queryPart,
        article: fingerprint.article,
        part: fingerprint.part,
        print: { shingles: fingerprint.shingles, signature: fingerprint.signature },
      });
    }
    return out;
  }

  /** The strongest relation among the candidates; ties go to the earliest candidate. */
  private best(print: ArticlePrint, candidates: Candidate[]): Decision | null {
    const self = side(print);
    let best: { decision: Decision; other: PairSide } | null = null;
    for (const candidate of candidates) {
      const indexed = this.state.indexedArticle(candidate.article);
      if (!indexed) continue;
      const other = indexedSide(indexed);
      const query = candidate.queryPart === 0 ? print.main : print.earlier[candidate.queryPart - 1];
      if (!query) continue;
      const jaccard = estimateJaccard(query.signature, candidate.print.signature);
      // The side whose kept earlier version was compared goes first.
      const decision =
        candidate.part > 0
          ? decideRelation(
              other,
              self,
              pairMatch(jaccard, candidate.print, query, true),
              this.options,
            )
          : decideRelation(
              self,
              other,
              pairMatch(jaccard, query, candidate.print, candidate.queryPart > 0),
              this.options,
            );
      if (!decision) continue;
      if (
        !best ||
        decision.similarity > best.decision.similarity ||
        (decision.similarity === best.decision.similarity && isEarlier(other, best.other))
      )
        best = { decision, other };
    }
    return best?.decision ?? null;
  }

  /** Puts the arriving article into the group of the article it matched. */
  private join(print: ArticlePrint, decision: Decision): void {
    const state = this.state;
    const other = decision.newer === print.id ? decision.older : decision.newer;
    const root = state.member(other)?.parent ?? other;
    const group = state.group(root) ?? singleton(print);
    const edge = { kind: decision.kind, similarity: decision.similarity };

    const formerOriginal = group.original;
    const merged = mergeInto(group, print);
    state.putGroup(root, merged);

    // The arriving article is always a fresh singleton, so it goes straight under the root: every
    // group is one level deep and finding an article's group is one lookup.
    const relation = merged.original === print.id ? null : { ...edge, matched: other };
    state.putMember(print.id, { parent: root, relation });

    if (merged.original !== formerOriginal) {
      // The former original now has an earlier article in its group: it needs a link too.
      const former = state.member(formerOriginal);
      if (former && !former.relation)
        state.putMember(formerOriginal, { ...former, relation: { ...edge, matched: print.id } });
    }
  }

  private index(print: ArticlePrint): void {
    const { bands, rows, bucketCap } = this.options;
    const texts = [print.main, ...print.earlier];
    if (!texts.some(Boolean)) return;
    this.state.putIndexedArticle({
      id: print.id,
      published: print.published,
      outlet: print.outlet,
      agency: print.agency?.key ?? null,
      shingles: print.main?.shingles ?? 0,
    });
    texts.forEach((text, part) => {
      if (!text) return;
      const entry = this.state.addFingerprint({
        article: print.id,
        part,
        shingles: text.shingles,
        signature: text.signature,
      });
      bandKeys(text.signature, bands, rows).forEach((key, band) =>
        this.state.addToBucket(band, key, entry, bucketCap),
      );
    });
  }
}

function pairMatch(jaccard: number, a: TextPrint, b: TextPrint, aIsEarlierVersion: boolean) {
  return { jaccard, sizeA: a.shingles, sizeB: b.shingles, aIsEarlierVersion };
}

function side(print: ArticlePrint): PairSide {
  return {
    id: print.id,
    published: print.published,
    outlet: print.outlet,
    agencyKey: print.agency?.key ?? null,
    shingles: print.main?.shingles ?? 0,
  };
}

function indexedSide(article: IndexedArticle): PairSide {
  return {
    id: article.id,
    published: article.published,
    outlet: article.outlet,
    agencyKey: article.agency,
    shingles: article.shingles,
  };
}

function singleton(print: ArticlePrint): Group {
  return {
    original: print.id,
    originalPublished: print.published,
    originalShingles: print.main?.shingles ?? 0,
    originalOutlet: print.outlet,
    agency: print.agency?.name ?? null,
    agencyFromCredit: print.agency?.fromCredit ?? false,
    size: 1,
  };
}

/** The group with one more member: the earlier original, the better-attested agency. */
function mergeInto(group: Group, print: ArticlePrint): Group {
  const arriving = singleton(print);
  const current: PairSide = {
    id: group.original,
    published: group.originalPublished,
    outlet: group.originalOutlet,
    agencyKey: null,
    shingles: group.originalShingles,
  };
  const earlier = isEarlier(side(print), current);
  const agency = betterAgency(group, arriving);
  return {
    ...(earlier ? arriving : group),
    agency: agency.agency,
    agencyFromCredit: agency.agencyFromCredit,
    size: group.size + 1,
  };
}

// A credit line beats a dateline tag; between two of a kind, the fuller name, then the first by
// name, so any order of arrival gives the same answer.
function betterAgency(a: Group, b: Group): Pick<Group, 'agency' | 'agencyFromCredit'> {
  if (!a.agency) return b;
  if (!b.agency) return a;
  if (a.agencyFromCredit !== b.agencyFromCredit) return a.agencyFromCredit ? a : b;
  if (a.agency.length !== b.agency.length) return a.agency.length > b.agency.length ? a : b;
  return a.agency <= b.agency ? a : b;
}
