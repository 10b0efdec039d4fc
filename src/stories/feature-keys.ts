import type { EntityType } from '../model/analysis.js';
import type { FeatureKey } from './story.js';

const ENTITY_PREFIX: Record<EntityType, string> = { person: 'p:', organization: 'o:', place: 'l:' };
const DATE_VALUE = /^\d{4}(-\d{2}(-\d{2})?)?/;

/** Lower case without diacritics or a possessive, so "São Tomé's" and "Sao Tome" are one feature. */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A content word: `w:` in English, `w:fr:` in French, so that words only meet their own language. */
export function wordKey(lemma: string, language: string | null): FeatureKey {
  return !language || language === 'en' ? `w:${foldKey(lemma)}` : `w:${language}:${foldKey(lemma)}`;
}

/** Before a name's key when the lead sentence or the title names it: the event's who and where. */
export const LEAD_PREFIX = 'a:';

export function entityKey(type: EntityType, name: string): FeatureKey | null {
  const folded = foldKey(name);
  return folded ? ENTITY_PREFIX[type] + folded : null;
}

/**
 * The keys of a resolved date: the day and its month, or a month, or a year (`t:2031-04-02`,
 * `t:2031-04`); weeks, seasons and unresolved dates give none.
 */
export function dateKeys(value: string | null): FeatureKey[] {
  const date = value ? DATE_VALUE.exec(value)?.[0] : undefined;
  if (!date) return [];
  return date.length === 10 ? [`t:${date}`, `t:${date.slice(0, 7)}`] : [`t:${date}`];
}
