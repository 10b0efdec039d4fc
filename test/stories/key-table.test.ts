import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../src/stories/key-table.js';

describe('KeyTable', () => {
  it('numbers keys as a map of first sightings would, and gives them back', () => {
    const table = new KeyTable();
    const reference = new Map<string, number>();
    let state = 11;
    const next = (below: number) => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % below;
    };
    const pool = ['', 'a', 'é', 'Αθήνα', '\ud800', 'x'.repeat(10_000)];
    for (let step = 0; step < 60_000; step++) {
      const key =
        next(4) === 0
          ? pool[next(pool.length)]!
          : `article-${next(30_000)}${next(3) === 0 ? '-ü' : ''}`;
      if (!reference.has(key)) reference.set(key, reference.size);
      expect(table.id(key)).toBe(reference.get(key));
    }
    expect(table.size).toBe(reference.size);
    for (const [key, id] of reference) {
      expect(table.find(key)).toBe(id);
      expect(table.key(id)).toBe(key);
    }
    expect(table.find('never-seen')).toBeUndefined();
  });

  it('orders ids as their keys compare', () => {
    const table = new KeyTable();
    const keys = ['b', 'a', 'ab', '', 'zé', 'ze', 'a\u00ff', 'a\u0100'];
    const ids = keys.map((key) => table.id(key));
    expect([...ids].sort(table.byKey).map((id) => table.key(id))).toEqual([...keys].sort());
  });
});
