import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { withoutOwnOutlet } from '../../../src/analyze/entities/own-outlet.js';
import { textLayer } from '../../../src/analyze/text/text-layer.js';
import type { Entity } from '../../../src/model/analysis.js';

function entities(text: string): Entity[] {
  return findEntities(text, textLayer(text));
}
function typeOf(list: Entity[], name: string): string | undefined {
  return list.find((e) => e.name === name)?.type;
}

describe('what the words around a name tell', () => {
  it('reads a name joined to a known place as a place', () => {
    const list = entities('The new terminal must compete with Tarsk Vell and Rotterdam.');
    expect(typeOf(list, 'Tarsk Vell')).toBe('place');
  });

  it('reads a name located by the words after it as a place', () => {
    const text =
      'Dock owners say they cannot compete with Varna Deep, across the bay, where wages are lower.';
    expect(typeOf(entities(text), 'Varna Deep')).toBe('place');
  });

  it('keeps a role written before a name set off by commas', () => {
    const text = "Norland's finance minister, Ida Vass, opened the session. The mayor, Tor Brun.";
    const list = entities(text);
    expect(list.find((e) => e.name === 'Ida Vass')?.descriptors).toContain(
      "Norland's finance minister",
    );
    expect(list.find((e) => e.name === 'Tor Brun')?.descriptors).toContain('mayor');
  });
});

describe("the article's own outlet", () => {
  it('is no organisation of the article, by its full name or its last word', () => {
    const text =
      'Ada Rook told the Herald that talks had failed. A reader wrote to the Morning Herald. The Harbour Board met.';
    const list = withoutOwnOutlet(entities(text), 'The Morning Herald');
    const orgs = list.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(orgs).toEqual(['Harbour Board']);
  });

  it('is kept when the article comes from another outlet', () => {
    const text = 'Ada Rook told the Morning Herald that talks had failed.';
    const list = withoutOwnOutlet(entities(text), 'Coast Gazette');
    expect(typeOf(list, 'Morning Herald')).toBe('organization');
  });
});
