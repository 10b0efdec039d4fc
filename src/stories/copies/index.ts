// Copies and updates: what the rest of crosscheck uses of this folder.
export { CopyIndex, type CopyDecision, type CopyOrigin, type CopyReason } from './copy-index.js';
export type { CopyKind, CopyLink } from './copy-link.js';
export { copyOptions, DEFAULT_COPY_OPTIONS, type CopyOptions } from './copy-options.js';
export type {
  CopyState,
  Fingerprint,
  Group,
  IndexedArticle,
  Member,
  Relation,
} from './copy-state.js';
export { countSources, sourceGroups } from './count-sources.js';
export { MemoryCopyState } from './memory-copy-state.js';
export { storySources, type StorySource } from './story-sources.js';
export { wireAgency, type WireAgency } from './wire-agency.js';
