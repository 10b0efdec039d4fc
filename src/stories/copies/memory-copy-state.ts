import type { CopyState, Fingerprint, Group, IndexedArticle, Member } from './copy-state.js';

/** Copy-detection state in maps: for tests, scripts and runs without an archive. */
export class MemoryCopyState implements CopyState {
  private readonly members = new Map<string, Member>();
  private readonly groups = new Map<string, Group>();
  private readonly indexed = new Map<string, IndexedArticle>();
  private readonly fingerprints: Fingerprint[] = [];
  // A bucket of one entry is kept as the bare number: most buckets never get a second.
  private readonly buckets: Map<number, number | number[]>[] = [];
  private bucketCount = 0;

  member(id: string): Member | undefined {
    return this.members.get(id);
  }

  putMember(id: string, member: Member): void {
    this.members.set(id, member);
  }

  group(root: string): Group | undefined {
    return this.groups.get(root);
  }

  putGroup(root: string, group: Group): void {
    this.groups.set(root, group);
  }

  deleteGroup(root: string): void {
    this.groups.delete(root);
  }

  indexedArticle(id: string): IndexedArticle | undefined {
    return this.indexed.get(id);
  }

  putIndexedArticle(article: IndexedArticle): void {
    this.indexed.set(article.id, article);
  }

  addFingerprint(fingerprint: Fingerprint): number {
    return this.fingerprints.push(fingerprint) - 1;
  }

  fingerprint(entry: number): Fingerprint | undefined {
    return this.fingerprints[entry];
  }

  bucket(band: number, key: number): readonly number[] {
    const bucket = this.buckets[band]?.get(smallKey(key));
    return bucket === undefined ? [] : typeof bucket === 'number' ? [bucket] : bucket;
  }

  addToBucket(band: number, key: number, entry: number, cap: number): void {
    const buckets = (this.buckets[band] ??= new Map());
    const small = smallKey(key);
    const bucket = buckets.get(small);
    if (bucket === undefined) {
      buckets.set(small, entry);
      this.bucketCount++;
    } else if (typeof bucket === 'number') {
      if (bucket !== entry) buckets.set(small, cap > 1 ? [bucket, entry] : entry);
    } else if (!bucket.includes(entry)) {
      if (bucket.length >= cap) bucket.shift();
      bucket.push(entry);
    }
  }

  *related(): Iterable<string> {
    for (const [id, member] of this.members) if (member.relation) yield id;
  }

  stats(): { members: number; fingerprints: number; buckets: number } {
    return {
      members: this.members.size,
      fingerprints: this.fingerprints.length,
      buckets: this.bucketCount,
    };
  }
}

// 30 bits keep map keys small integers in V8 rather than boxed numbers; the rare collision only
// adds a candidate that the comparison turns down.
const smallKey = (key: number) => key & 0x3fffffff;
