/**
 * `copy`: near-identical text from another outlet (or the same text trimmed).
 * `update`: a later version of the same story — same outlet, or a text that contains the older one.
 */
export type CopyKind = 'copy' | 'update';

/** One article recorded as a copy or an update of an earlier one. */
export interface CopyLink {
  article: string;
  /** The original of the article's group: the earliest copy, or the earliest version. */
  of: string;
  /** Estimated Jaccard index for copies, containment of the older text for updates (0–1). */
  similarity: number;
  kind: CopyKind;
}
