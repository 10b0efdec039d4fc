import { describe, expect, it } from 'vitest';
import { FeatureKind, FeatureTable } from '../../src/stories/feature-table.js';
import { packCounts, unpackCounts } from '../../src/stories/packed-counts.js';

describe('FeatureTable', () => {
  it('numbers keys densely, finds them again and gives them back', () => {
    const table = new FeatureTable();
    const keys = Array.from({ length: 5000 }, (_, n) => `w:word${n}`);
    keys.push('p:são tomé', 'l:Αθήνα', 't:2031-04-02', 'a:p:lena orsk', '');
    const ids = keys.map((key) => table.id(key));
    expect(ids).toEqual(keys.map((_, n) => n));
    expect(keys.map((key) => table.id(key))).toEqual(ids);
    expect(ids.map((id) => table.key(id))).toEqual(keys);
    expect(table.find('w:unknown')).toBeUndefined();
    expect(table.size).toBe(keys.length);
  });

  it('knows a key by its prefix: kind, name and year', () => {
    const table = new FeatureTable();
    const [name, lead, date, word] = ['o:harbour board', 'a:o:harbour board', 't:2031-04', 'w:x'];
    expect(table.kind(table.id(name!))).toBe(FeatureKind.Name);
    expect(table.isName(table.id(name!))).toBe(true);
    expect(table.kind(table.id(lead!))).toBe(FeatureKind.Lead);
    expect(table.isName(table.id(lead!))).toBe(false);
    expect(table.year(table.id(date!))).toBe(2031);
    expect(table.year(table.id(word!))).toBeNull();
  });

  it('orders ids as their keys compare', () => {
    const table = new FeatureTable();
    const keys = ['w:b', 'w:a', 'w:ab', 'w:', 'p:zé', 'p:ze', 'w:a\u00ff', 'w:a\u0100'];
    const ids = keys.map((key) => table.id(key));
    const sorted = [...ids].sort(table.byKey).map((id) => table.key(id));
    expect(sorted).toEqual([...keys].sort());
  });
});

describe('packed counts', () => {
  it('keeps ids, counts and their order, large and fractional counts too', () => {
    const entries: [number, number][] = [
      [70000, 1],
      [3, 0xfffe],
      [2 ** 31 + 5, 0xffff],
      [0, 2.5],
      [12, 1e9],
    ];
    expect([...unpackCounts(packCounts(entries))]).toEqual(entries);
    expect(unpackCounts('').size).toBe(0);
  });
});
