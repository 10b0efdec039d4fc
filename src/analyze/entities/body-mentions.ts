import type { TextLayer } from '../../model/analysis.js';
import type { NameCandidate } from './classify-chunk.js';
import type { Building, EntityBuilder } from './entity-builder.js';
import { IS_THE, lowerOf } from './word-units.js';
import { BUSINESS_HEADS, COMPANY_NOUNS } from './word-lists.js';

/** Heads a workers' body goes by besides its own: the "Port Workers' Federation" is "the union". */
export const UNION_HEADS = new Set(['union', 'federation', 'confederation', 'syndicate']);

/** The head word of a body's name: "Ministry of Labour" → ministry, "Dockworkers' Union" → union. */
export function headOf(name: string): string {
  let end = name.length;
  const of = name.indexOf(' of ');
  if (of > 0) end = of;
  const forAt = name.indexOf(' for ');
  if (forAt > 0 && forAt < end) end = forAt;
  const part = name.slice(0, end);
  return lowerOf(part.slice(part.lastIndexOf(' ') + 1));
}

/** Adds `b` under `key`; a key two bodies share stands for neither. */
function put(map: Map<string, Building | null>, key: string, b: Building): void {
  const seen = map.get(key);
  map.set(key, seen === undefined || seen === b ? b : null);
}

/**
 * Links the short mentions of a body named in full elsewhere: a lone capitalised head ("Union",
 * "Federation") and "the union", "the federation", "the company" after the full name. A head two
 * bodies share stays unlinked, and a lone head with no body is dropped.
 */
export function linkBodyMentions(
  layer: TextLayer,
  builder: EntityBuilder,
  generics: NameCandidate[],
): void {
  const exact = new Map<string, Building | null>();
  const loose = new Map<string, Building | null>();
  for (const b of builder.all) {
    if (b.dropped || b.entity.type !== 'organization' || b.units < 2) continue;
    const head = headOf(b.entity.name);
    put(exact, head, b);
    if (UNION_HEADS.has(head)) put(loose, 'union', b);
    const business =
      BUSINESS_HEADS.has(head) ||
      b.entity.descriptors.some((d) => /\b(?:company|firm|operator|carrier)\b/.test(d));
    if (business) {
      put(loose, 'company', b);
      put(loose, 'firm', b);
    }
  }
  if (exact.size === 0) return;
  const find = (word: string): Building | null =>
    exact.get(word) ?? (exact.has(word) ? null : (loose.get(word) ?? null));

  for (const c of generics) {
    const b = find(lowerOf(c.name));
    if (b) builder.mention(b, { start: c.start, end: c.end }, c.name);
  }

  // Where mentions start, made at the first candidate: this pass adds none before it.
  let taken: Set<number> | null = null;
  const { tokens, text } = layer;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!IS_THE.at(layer, i)) continue;
    const det = tokens[i]!;
    const noun = tokens[i + 1]!;
    const word = noun.text;
    if (!exact.has(word) && !loose.has(word)) continue;
    if (!UNION_HEADS.has(word) && !exact.has(word) && !COMPANY_NOUNS.has(word)) continue;
    // "the union's chief negotiator", "the union leader": the phrase is about someone else.
    const after = tokens[i + 2];
    if (
      after &&
      (after.pos === 'PART' ||
        after.pos === 'NOUN' ||
        after.pos === 'PROPN' ||
        after.text === "'" ||
        after.text === '’')
    )
      continue;
    const b = find(word);
    if (!b || b.firstMention >= det.start) continue;
    taken ??= mentionStarts(builder);
    if (taken.has(det.start)) continue;
    builder.mention(
      b,
      { start: det.start, end: noun.end },
      text.slice(det.start, noun.end).toLowerCase(),
    );
  }
}

function mentionStarts(builder: EntityBuilder): Set<number> {
  const starts = new Set<number>();
  for (const b of builder.all) for (const m of b.entity.mentions) starts.add(m.start);
  return starts;
}
