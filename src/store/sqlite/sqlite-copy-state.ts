import type Database from 'better-sqlite3';
import type { CopyKind } from '../../stories/copies/copy-link.js';
import type {
  CopyState,
  Fingerprint,
  Group,
  IndexedArticle,
  Member,
} from '../../stories/copies/copy-state.js';

/** Tables of copy detection: every call below reads or writes a bounded number of rows. */
export const COPY_TABLES = `
  CREATE TABLE copy_members (
    id TEXT PRIMARY KEY,
    parent TEXT,
    kind TEXT,
    similarity REAL,
    matched TEXT
  ) WITHOUT ROWID;
  CREATE INDEX copy_members_related ON copy_members(kind) WHERE kind IS NOT NULL;
  CREATE TABLE copy_groups (
    root TEXT PRIMARY KEY,
    original TEXT NOT NULL,
    original_published INTEGER,
    original_shingles INTEGER NOT NULL,
    original_outlet TEXT,
    agency TEXT,
    agency_from_credit INTEGER NOT NULL,
    size INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE copy_indexed (
    id TEXT PRIMARY KEY,
    published INTEGER,
    outlet TEXT,
    agency TEXT,
    shingles INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE TABLE copy_fingerprints (
    entry INTEGER PRIMARY KEY,
    article TEXT NOT NULL,
    part INTEGER NOT NULL,
    shingles INTEGER NOT NULL,
    signature BLOB NOT NULL
  );
  CREATE TABLE copy_buckets (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    entry INTEGER NOT NULL,
    PRIMARY KEY (band, key, entry)
  ) WITHOUT ROWID;
`;

interface MemberRow {
  parent: string | null;
  kind: CopyKind | null;
  similarity: number | null;
  matched: string | null;
}

interface GroupRow {
  original: string;
  original_published: number | null;
  original_shingles: number;
  original_outlet: string | null;
  agency: string | null;
  agency_from_credit: number;
  size: number;
}

interface FingerprintRow {
  article: string;
  part: number;
  shingles: number;
  signature: Buffer;
}

function prepare(db: Database.Database) {
  return {
    member: db.prepare<[string], MemberRow>(
      'SELECT parent, kind, similarity, matched FROM copy_members WHERE id = ?',
    ),
    putMember: db.prepare(
      'INSERT OR REPLACE INTO copy_members (id, parent, kind, similarity, matched) VALUES (?, ?, ?, ?, ?)',
    ),
    group: db.prepare<[string], GroupRow>('SELECT * FROM copy_groups WHERE root = ?'),
    putGroup: db.prepare(
      `INSERT OR REPLACE INTO copy_groups (root, original, original_published, original_shingles,
         original_outlet, agency, agency_from_credit, size) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    deleteGroup: db.prepare('DELETE FROM copy_groups WHERE root = ?'),
    indexed: db.prepare<[string], IndexedArticle>('SELECT * FROM copy_indexed WHERE id = ?'),
    putIndexed: db.prepare(
      'INSERT OR REPLACE INTO copy_indexed (id, published, outlet, agency, shingles) VALUES (?, ?, ?, ?, ?)',
    ),
    addFingerprint: db.prepare(
      'INSERT INTO copy_fingerprints (article, part, shingles, signature) VALUES (?, ?, ?, ?)',
    ),
    fingerprint: db.prepare<[number], FingerprintRow>(
      'SELECT article, part, shingles, signature FROM copy_fingerprints WHERE entry = ?',
    ),
    bucket: db
      .prepare<[number, number], number>(
        'SELECT entry FROM copy_buckets WHERE band = ? AND key = ? ORDER BY entry',
      )
      .pluck(),
    addToBucket: db.prepare(
      'INSERT OR IGNORE INTO copy_buckets (band, key, entry) VALUES (?, ?, ?)',
    ),
    bucketSize: db
      .prepare<[number, number], number>(
        'SELECT count(*) FROM copy_buckets WHERE band = ? AND key = ?',
      )
      .pluck(),
    dropOldest: db.prepare(
      `DELETE FROM copy_buckets WHERE band = ? AND key = ? AND entry =
         (SELECT min(entry) FROM copy_buckets WHERE band = ? AND key = ?)`,
    ),
    related: db.prepare<[], string>('SELECT id FROM copy_members WHERE kind IS NOT NULL').pluck(),
    count: (table: string) => db.prepare<[], number>(`SELECT count(*) FROM ${table}`).pluck(),
  };
}

/** Copy-detection state in the archive's tables, so that it grows across runs. */
export class SqliteCopyState implements CopyState {
  private readonly sql: ReturnType<typeof prepare>;

  constructor(private readonly db: Database.Database) {
    this.sql = prepare(db);
  }

  member(id: string): Member | undefined {
    const row = this.sql.member.get(id);
    if (!row) return undefined;
    return {
      parent: row.parent,
      relation: row.kind
        ? { kind: row.kind, similarity: row.similarity ?? 0, matched: row.matched ?? '' }
        : null,
    };
  }

  putMember(id: string, member: Member): void {
    const relation = member.relation;
    this.sql.putMember.run(
      id,
      member.parent,
      relation?.kind ?? null,
      relation?.similarity ?? null,
      relation?.matched ?? null,
    );
  }

  group(root: string): Group | undefined {
    const row = this.sql.group.get(root);
    if (!row) return undefined;
    return {
      original: row.original,
      originalPublished: row.original_published,
      originalShingles: row.original_shingles,
      originalOutlet: row.original_outlet,
      agency: row.agency,
      agencyFromCredit: row.agency_from_credit === 1,
      size: row.size,
    };
  }

  putGroup(root: string, group: Group): void {
    this.sql.putGroup.run(
      root,
      group.original,
      group.originalPublished,
      group.originalShingles,
      group.originalOutlet,
      group.agency,
      group.agencyFromCredit ? 1 : 0,
      group.size,
    );
  }

  deleteGroup(root: string): void {
    this.sql.deleteGroup.run(root);
  }

  indexedArticle(id: string): IndexedArticle | undefined {
    return this.sql.indexed.get(id);
  }

  putIndexedArticle(article: IndexedArticle): void {
    this.sql.putIndexed.run(
      article.id,
      article.published,
      article.outlet,
      article.agency,
      article.shingles,
    );
  }

  addFingerprint(fingerprint: Fingerprint): number {
    const signature = fingerprint.signature;
    const bytes = Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
    return Number(
      this.sql.addFingerprint.run(
        fingerprint.article,
        fingerprint.part,
        fingerprint.shingles,
        bytes,
      ).lastInsertRowid,
    );
  }

  fingerprint(entry: number): Fingerprint | undefined {
    const row = this.sql.fingerprint.get(entry);
    if (!row) return undefined;
    // Copied so the signature is aligned and owns its memory.
    const signature = new Uint32Array(row.signature.byteLength / 4);
    new Uint8Array(signature.buffer).set(row.signature);
    return { article: row.article, part: row.part, shingles: row.shingles, signature };
  }

  bucket(band: number, key: number): readonly number[] {
    return this.sql.bucket.all(band, key);
  }

  addToBucket(band: number, key: number, entry: number, cap: number): void {
    if (this.sql.addToBucket.run(band, key, entry).changes === 0) return;
    if (this.sql.bucketSize.get(band, key)! > cap) this.sql.dropOldest.run(band, key, band, key);
  }

  related(): Iterable<string> {
    return this.sql.related.iterate();
  }

  stats(): { members: number; fingerprints: number; buckets: number } {
    return {
      members: this.sql.count('copy_members').get()!,
      fingerprints: this.sql.count('copy_fingerprints').get()!,
      buckets: this.db
        .prepare<[], number>('SELECT count(*) FROM (SELECT DISTINCT band, key FROM copy_buckets)')
        .pluck()
        .get()!,
    };
  }
}
