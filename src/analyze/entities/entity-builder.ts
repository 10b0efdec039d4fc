import type { Entity, EntityType } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';
import type { Gender } from './classify-chunk.js';

/** An entity while the article is being read: the public Entity plus what linking needs. */
export interface Building {
  entity: Entity;
  gender: Gender;
  /** Start of the latest mention: a bare surname links to the nearest preceding bearer. */
  lastMention: number;
  firstMention: number;
  units: number;
  /** Mentions outside a credit line ("Additional reporting by ..."): none means a reporter. */
  uncredited: number;
  /** Found to be no entity of ours (a ship). */
  dropped?: boolean;
}

export class EntityBuilder {
  readonly all: Building[] = [];
  private readonly byName = new Map<string, Building>();
  private readonly bySurname = new Map<string, Building[]>();

  create(type: EntityType, name: string, at: number, units: number): Building {
    const building: Building = {
      entity: { id: '', name, type, aliases: [], descriptors: [], mentions: [] },
      gender: null,
      lastMention: at,
      firstMention: at,
      units,
      uncredited: 0,
    };
    this.all.push(building);
    this.byName.set(name.toLowerCase(), building);
    return building;
  }

  /** Removes an entity found to be no entity of ours (a ship): its names resolve to nothing. */
  drop(building: Building): void {
    building.entity.mentions.length = 0;
    building.dropped = true;
    for (const [key, b] of this.byName) if (b === building) this.byName.delete(key);
    for (const list of this.bySurname.values()) {
      const i = list.indexOf(building);
      if (i >= 0) list.splice(i, 1);
    }
  }

  named(name: string): Building | undefined {
    return this.byName.get(name.toLowerCase());
  }

  /** The bearers of a surname, for bare-surname mentions. */
  withSurname(surname: string): Building[] {
    return this.bySurname.get(surname.toLowerCase()) ?? [];
  }

  addName(building: Building, name: string): void {
    const key = name.toLowerCase();
    if (!this.byName.has(key)) this.byName.set(key, building);
  }

  addSurname(building: Building, surname: string): void {
    const key = surname.toLowerCase();
    const list = this.bySurname.get(key);
    if (!list) this.bySurname.set(key, [building]);
    else if (!list.includes(building)) list.push(building);
  }

  mention(building: Building, span: Span, surface: string): void {
    const entity = building.entity;
    entity.mentions.push({ start: span.start, end: span.end });
    building.lastMention = Math.max(building.lastMention, span.start);
    building.firstMention = Math.min(building.firstMention, span.start);
    if (surface !== entity.name && !entity.aliases.includes(surface)) entity.aliases.push(surface);
  }

  describe(building: Building, descriptor: string | null): void {
    if (descriptor && !building.entity.descriptors.includes(descriptor))
      building.entity.descriptors.push(descriptor);
  }

  /** Entities in order of first mention with stable ids and sorted mentions. */
  finish(): Entity[] {
    const kept = this.all.filter((b) => !b.dropped && b.entity.mentions.length > 0);
    kept.sort((a, b) => a.firstMention - b.firstMention);
    return kept.map((b, i) => {
      b.entity.id = `e${i + 1}`;
      b.entity.mentions.sort((x, y) => x.start - y.start);
      return b.entity;
    });
  }
}
