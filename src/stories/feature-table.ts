import { KeyTable } from './key-table.js';
import type { FeatureId, FeatureKey } from './story.js';
import { widenColumn } from './widen-column.js';

/** What kind of feature a key is, from its prefix (see `FeatureKey`). */
export const FeatureKind = { Other: 0, Word: 1, Name: 2, Date: 3, Lead: 4 } as const;
export type FeatureKind = (typeof FeatureKind)[keyof typeof FeatureKind];

const YEAR = /^t:(\d{4})/;
const NAME = /^[pol]:/;
/** Set in a kind's byte for a person, organisation or place key: `p:`, `o:`, `l:`. */
const NAMED = 8;

function kindOf(key: FeatureKey): FeatureKind {
  const kind = key.charCodeAt(0);
  if (kind === 112 || kind === 111 || kind === 108) return FeatureKind.Name; // p o l
  if (kind === 116) return FeatureKind.Date; // t
  if (kind === 119) return FeatureKind.Word; // w
  if (kind === 97) return FeatureKind.Lead; // a
  return FeatureKind.Other;
}

/**
 * Feature keys numbered densely as they are first seen, so that everything story clustering
 * keeps per feature (frequencies, profiles, postings) is keyed by a small integer: one string
 * look-up per feature of an arriving article instead of one per use. A `KeyTable` (characters and
 * hash slots in typed arrays) that also knows each key's kind and the year a date key names. Ids
 * live as long as the table; they are never stored.
 */
export class FeatureTable extends KeyTable {
  private kinds = new Uint8Array(512);
  /** The year a `t:` key names plus one, 0 for none. */
  private years = new Uint16Array(512);

  kind(id: FeatureId): FeatureKind {
    return (this.kinds[id]! & ~NAMED) as FeatureKind;
  }

  /** Whether the feature is a person, organisation or place (lead names are not). */
  isName(id: FeatureId): boolean {
    return (this.kinds[id]! & NAMED) !== 0;
  }

  /** The year a date feature names (`t:2031`, `t:2031-04`, `t:2031-04-02`), or null. */
  year(id: FeatureId): number | null {
    const year = this.years[id]!;
    return year ? year - 1 : null;
  }

  protected override widen(size: number): void {
    super.widen(size);
    this.kinds = widenColumn(this.kinds, size);
    this.years = widenColumn(this.years, size);
  }

  protected override added(id: FeatureId, key: FeatureKey): void {
    this.kinds[id] = kindOf(key) | (NAME.test(key) ? NAMED : 0);
    const year = YEAR.exec(key)?.[1];
    if (year) this.years[id] = Number(year) + 1;
  }
}
