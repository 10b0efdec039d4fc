import type { Entity, TextLayer } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import { genderOfEntity } from '../entities/gender.js';
import type { TokenIndex } from './token-index.js';

export type Gender = 'female' | 'male' | null;

export interface MentionRef {
  entity: Entity;
  span: Span;
  gender: Gender;
}

/** Which entity mention covers each token, and people's mentions in text order (for pronouns). */
export interface MentionIndex {
  atToken: (MentionRef | undefined)[];
  people: MentionRef[];
  /** Mentions of bodies and places in text order (for "its"). */
  others: MentionRef[];
}

export function indexMentions(
  layer: TextLayer,
  index: TokenIndex,
  entities: Entity[],
): MentionIndex {
  const atToken: (MentionRef | undefined)[] = new Array(layer.tokens.length);
  const people: MentionRef[] = [];
  const others: MentionRef[] = [];
  for (const entity of entities) {
    const gender = entity.type === 'person' ? genderOfEntity(entity) : null;
    for (const span of entity.mentions) {
      const ref: MentionRef = { entity, span, gender };
      for (
        let t = index.at(span.start);
        t < layer.tokens.length && layer.tokens[t]!.start < span.end;
        t++
      )
        atToken[t] = ref;
      (entity.type === 'person' ? people : others).push(ref);
    }
  }
  people.sort((a, b) => a.span.start - b.span.start);
  others.sort((a, b) => a.span.start - b.span.start);
  return { atToken, people, others };
}
