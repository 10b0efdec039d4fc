import { startsLower, startsUpper } from '../text/char-class.js';
import type { TextLayer } from '../../model/analysis.js';
import type { Building, EntityBuilder } from './entity-builder.js';
import { ORG_NOUNS, ROLE_NOUNS } from './word-lists.js';
import { IS_THE } from './word-units.js';

/**
 * Links "the minister" to the one person the article describes as a minister, when there is
 * exactly one and it was named before.
 */
export function linkRoleMentions(layer: TextLayer, builder: EntityBuilder): void {
  // Made at the first "the <role>": most articles have none, and reading every descriptor of
  // every person cost half of this pass.
  let holders: Map<string, Building[]> | null = null;
  const { tokens, text } = layer;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!IS_THE.at(layer, i)) continue;
    const det = tokens[i]!;
    let head = i + 1;
    let noun = tokens[head]!.text;
    if (
      !ROLE_NOUNS.has(noun) &&
      head + 1 < tokens.length &&
      startsLower(noun) &&
      (tokens[head]!.pos === 'ADJ' || tokens[head]!.pos === 'NOUN')
    ) {
      head++;
      noun = tokens[head]!.text;
    }
    if (!ROLE_NOUNS.has(noun)) continue;
    const after = tokens[head + 1];
    if (after && (startsUpper(after.text) || after.text === 'of' || after.pos === 'NOUN')) continue;
    holders ??= roleHolders(builder);
    const list = holders.get(noun);
    if (!list || list.length !== 1) continue;
    const b = list[0]!;
    if (b.firstMention >= det.start) continue;
    const span = { start: det.start, end: tokens[head]!.end };
    builder.mention(b, span, text.slice(span.start, span.end).toLowerCase());
  }
}

/** The people described by each role noun ("minister" → the people described as ministers). */
function roleHolders(builder: EntityBuilder): Map<string, Building[]> {
  const holders = new Map<string, Building[]>();
  for (const b of builder.all) {
    if (b.entity.type !== 'person') continue;
    const nouns = new Set<string>();
    for (const d of b.entity.descriptors)
      for (const w of d.toLowerCase().split(/[\s-]+/))
        if (ROLE_NOUNS.has(w) && !ORG_NOUNS.has(w)) nouns.add(w);
    for (const n of nouns) {
      const list = holders.get(n);
      if (list) list.push(b);
      else holders.set(n, [b]);
    }
  }
  return holders;
}
