import type { Entity } from '../../model/analysis.js';

/**
 * The article's entities without its own outlet: "told the Observer" in the Northsea Observer
 * is the paper speaking of itself, its interviewer, not a body in the news (the outlet is the
 * article's own field). A name counts as the outlet's when it is the outlet's name, or its last
 * word alone ("the Observer", "the Post"), without a leading "The".
 */
export function withoutOwnOutlet(entities: Entity[], outlet: string | null): Entity[] {
  if (!outlet) return entities;
  const full = bare(outlet);
  const short = full.slice(full.lastIndexOf(' ') + 1);
  return entities.filter((entity) => {
    if (entity.type !== 'organization') return true;
    const name = bare(entity.name);
    return name !== full && name !== short;
  });
}

function bare(name: string): string {
  const lower = name.toLowerCase().trim();
  return lower.startsWith('the ') ? lower.slice(4) : lower;
}
