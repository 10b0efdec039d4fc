import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { genderOfEntity, genderOfName } from '../../../src/analyze/entities/gender.js';
import { textLayer } from '../../../src/analyze/text/text-layer.js';
import type { Entity } from '../../../src/model/analysis.js';

function entities(text: string): Entity[] {
  return findEntities(text, textLayer(text));
}
function named(list: Entity[], name: string): Entity | undefined {
  return list.find((e) => e.name === name);
}
function surfaces(text: string, entity: Entity): string[] {
  return entity.mentions.map((m) => text.slice(m.start, m.end));
}

describe('findEntities', () => {
  it('splits a glued title from the name and keeps it as a descriptor', () => {
    const text =
      'Secretary-General Ana Duarte opened the session in Lisbon on 3 May 2031. Duarte spoke for an hour.';
    const list = entities(text);
    const duarte = named(list, 'Ana Duarte');
    expect(duarte?.type).toBe('person');
    expect(duarte?.descriptors).toContain('Secretary-General');
    expect(surfaces(text, duarte!)).toEqual(['Ana Duarte', 'Duarte']);
    expect(named(list, 'Lisbon')?.type).toBe('place');
  });

  it('reads names of many origins', () => {
    const text =
      'Park Min-jun met Liu Wei-ting and Ricardo de Souza at the harbour. Later, Park said the talks went well, and Liu agreed with de Souza.';
    const list = entities(text);
    expect(named(list, 'Park Min-jun')?.type).toBe('person');
    expect(named(list, 'Liu Wei-ting')?.type).toBe('person');
    expect(named(list, 'Ricardo de Souza')?.type).toBe('person');
    expect(surfaces(text, named(list, 'Park Min-jun')!)).toContain('Park');
    expect(surfaces(text, named(list, 'Liu Wei-ting')!)).toContain('Liu');
  });

  it('types organisations by their words and keeps nationality adjectives out', () => {
    const text =
      'The Portuguese Press Agency said Portuguese officials met the Ministry of Labour and the Lisbon Institute on Friday.';
    const list = entities(text);
    expect(named(list, 'Portuguese Press Agency')?.type).toBe('organization');
    expect(named(list, 'Ministry of Labour')?.type).toBe('organization');
    expect(named(list, 'Lisbon Institute')?.type).toBe('organization');
    expect(list.some((e) => e.name === 'Portuguese')).toBe(false);
  });

  it('links possessives, honorific + surname and an unambiguous role', () => {
    const text =
      "Labour Minister Tunde Okafor presented the plan. Okafor's deputy was absent. Mr Okafor later took questions, and the minister said little.";
    const okafor = named(entities(text), 'Tunde Okafor')!;
    expect(surfaces(text, okafor)).toEqual(['Tunde Okafor', 'Okafor', 'Okafor', 'the minister']);
    expect(okafor.aliases).toContain('Mr Okafor');
    expect(okafor.descriptors).toContain('Labour Minister');
  });

  it('keeps two people with one surname apart and links a bare surname to the nearest', () => {
    const text =
      'Marta Cruz chairs the board. Her brother Tiago Cruz runs the port. Cruz said the port would reopen.';
    const list = entities(text);
    const marta = named(list, 'Marta Cruz')!;
    const tiago = named(list, 'Tiago Cruz')!;
    expect(marta.id).not.toBe(tiago.id);
    expect(surfaces(text, tiago)).toEqual(['Tiago Cruz', 'Cruz']);
    expect(surfaces(text, marta)).toEqual(['Marta Cruz']);
  });

  it('takes descriptors from appositives and lower-case roles', () => {
    const text =
      'Marta Cruz, a research fellow at the Lisbon Institute, said the figures were wrong. Union spokeswoman Ines Faria disagreed.';
    const list = entities(text);
    expect(named(list, 'Marta Cruz')?.descriptors).toContain(
      'a research fellow at the Lisbon Institute',
    );
    expect(named(list, 'Ines Faria')?.type).toBe('person');
  });

  it('does not flood the output with sentence-initial and headline capitals', () => {
    const text =
      'Dock Strike Closes Harbour For Third Day\n\nOfficials said the strike would go on. Workers gathered at the gate. Meanwhile prices rose.';
    expect(entities(text)).toEqual([]);
  });

  it('reads gender from honorifics, roles and given names, not from a lone surname', () => {
    expect(genderOfName('Ana Duarte')).toBe('female');
    expect(genderOfName('Mr. Tunde Okafor')).toBe(null);
    expect(genderOfName('Jean-Luc Moreau')).toBe('male');
    expect(genderOfName('Fatima Zahra')).toBe('female');
    expect(genderOfName('Madison')).toBe(null);
    const text = 'Ms. Robin Hale spoke first. Carlos Vega replied later.';
    const list = entities(text);
    expect(genderOfEntity(named(list, 'Robin Hale')!)).toBe('female');
    expect(genderOfEntity(named(list, 'Carlos Vega')!)).toBe('male');
  });

  it("keeps a possessive inside a body's name and links its short mentions", () => {
    const text =
      "Union Rejects Offer\n\nThe Corvo Fishermen's Union rejected the offer on 2 March 2031. The union said talks would resume. Union leader Rosa Quental, the union's treasurer, spoke first.";
    const list = entities(text);
    const union = named(list, "Corvo Fishermen's Union")!;
    expect(union.type).toBe('organization');
    // The headline's and the glued "Union leader" are role-like mentions of the one union.
    expect(surfaces(text, union)).toEqual([
      'Union',
      "Corvo Fishermen's Union",
      'The union',
      'Union',
    ]);
    expect(named(list, 'Rosa Quental')?.type).toBe('person');
    expect(list.some((e) => e.name === 'Union' || e.name === 'Corvo Fishermen')).toBe(false);
  });

  it('types bodies by their head words, modifiers, appositives and company nouns', () => {
    const text =
      'Brandvik Lines and Ostara Terminals cut jobs in 2031. The Oslo-based Nordhav Kystfart expanded. A Tallinn-based firm, Kelder Marine Rescue, was hired. Vesta Orlund, a logistics company, said little. Brandvik said the ships would return.';
    const list = entities(text);
    for (const name of ['Brandvik Lines', 'Ostara Terminals', 'Nordhav Kystfart', 'Vesta Orlund'])
      expect(named(list, name)?.type).toBe('organization');
    expect(named(list, 'Kelder Marine Rescue')?.type).toBe('organization');
    expect(surfaces(text, named(list, 'Brandvik Lines')!)).toContain('Brandvik');
    expect(list.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('types places by their words and context, not as people', () => {
    const text =
      'Water reached the Rua das Flores and the Cais do Sodré in 2031. Residents of Vila Franca do Campo fled. Ships diverted to Porto Velho and to Arvela. Shops in the Alfama district closed, and the Calle Mayor stayed dry near Santa Luzia da Serra.';
    const list = entities(text);
    for (const name of [
      'Rua das Flores',
      'Cais do Sodré',
      'Vila Franca do Campo',
      'Arvela',
      'Alfama',
      'Calle Mayor',
      'Santa Luzia da Serra',
    ])
      expect(named(list, name)?.type).toBe('place');
    expect(list.filter((e) => e.type === 'person')).toEqual([]);
  });

  it('drops ships, nationality adjectives and laws', () => {
    const text =
      'The Liberia-flagged Aurora Wind ran aground off the South Korean coast in 2031. Later the tanker Sea Lark sank. The Aurora Wind was towed, the Sri Lankan navy said. Ana Duarte cited the Port Safety Act.';
    const list = entities(text);
    expect(list.map((e) => e.name)).toEqual(['Ana Duarte']);
  });

  it('strips glued titles and their qualifiers into descriptors', () => {
    const text =
      'Sea Minister Lurdes Anjos met Rear Adm. Kwon Tae-seok on 4 May 2031. Senate Majority Leader Odile Ferrand joined them.';
    const list = entities(text);
    expect(named(list, 'Lurdes Anjos')?.descriptors).toContain('Sea Minister');
    expect(named(list, 'Kwon Tae-seok')?.descriptors).toContain('Rear Adm.');
    expect(named(list, 'Odile Ferrand')?.descriptors).toContain('Senate Majority Leader');
    expect(list.filter((e) => e.type === 'person')).toHaveLength(3);
  });

  it('leaves out reporters named only in a credit line, and reads a source line', () => {
    const text =
      'Rui Pestana said the port reopened on 5 May 2031.\n\nAdditional reporting by Olga Brandt in Tallinn. Inês Vaz contributed to this report.\n\nSource: Halden Wire Agency';
    const list = entities(text);
    expect(named(list, 'Rui Pestana')?.type).toBe('person');
    expect(named(list, 'Olga Brandt')).toBeUndefined();
    expect(named(list, 'Inês Vaz')).toBeUndefined();
    expect(named(list, 'Halden Wire Agency')?.type).toBe('organization');
  });

  it('keeps people with place-like or body-like words in their names', () => {
    const text =
      'Michael Bay and Emily Post met Tunde Okafor in Lisbon in 2031. Okafor said the film was late.';
    const list = entities(text);
    expect(named(list, 'Michael Bay')?.type).toBe('person');
    expect(named(list, 'Tunde Okafor')?.type).toBe('person');
  });
});
