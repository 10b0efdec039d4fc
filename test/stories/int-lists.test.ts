import { describe, expect, it } from 'vitest';
import { IntLists } from '../../src/stories/int-lists.js';

/** A small deterministic generator, so a failure repeats. */
function random(seed: number) {
  let state = seed;
  return (below: number) => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % below;
  };
}

describe('IntLists', () => {
  it('keeps many lists as arrays would, through pushes, removals and moves', () => {
    const lists = new IntLists();
    const next = random(7);
    const handles: number[] = [];
    const reference: number[][] = [];
    for (let step = 0; step < 40_000; step++) {
      const which = next(Math.max(1, reference.length) + (step < 500 ? 8 : 1));
      if (which >= reference.length) {
        const [a, b] = [next(1000), next(1000)];
        handles.push(lists.pair(a, b));
        reference.push([a, b]);
        continue;
      }
      const list = reference[which]!;
      const action = next(10);
      if (action < 6) {
        const value = next(1000);
        handles[which] = lists.push(handles[which]!, value);
        list.push(value);
      } else if (action < 8 && list.length) {
        const at = next(list.length);
        lists.remove(handles[which]!, at);
        list.splice(at, 1);
      } else if (list.length) {
        const count = 1 + next(list.length);
        lists.remove(handles[which]!, 0, count);
        list.splice(0, count);
      }
      const value = list.length ? list[next(list.length)]! : -5;
      expect(lists.indexOf(handles[which]!, value)).toBe(list.indexOf(value));
    }
    reference.forEach((list, n) => {
      expect(lists.length(handles[n]!)).toBe(list.length);
      expect(lists.items(handles[n]!)).toEqual(list);
      list.forEach((value, at) => expect(lists.at(handles[n]!, at)).toBe(value));
    });
  });

  it('gives a block given up to the next list of its size', () => {
    const lists = new IntLists();
    const first = lists.pair(1, 2);
    const moved = lists.push(first, 3);
    expect(moved).not.toBe(first);
    expect(lists.items(moved)).toEqual([1, 2, 3]);
    expect(lists.pair(4, 5)).toBe(first);
    expect(lists.items(moved)).toEqual([1, 2, 3]);
  });
});
