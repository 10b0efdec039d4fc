import type { Entity } from '../../model/analysis.js';

/** How entities match across articles: a person by surname, anything else by its full name. */
export function entityKey(entity: Pick<Entity, 'name' | 'type'>): string {
  const name = entity.name.normalize('NFC').toLowerCase();
  return '@' + (entity.type === 'person' ? name.split(/\s+/).pop()! : name);
}
