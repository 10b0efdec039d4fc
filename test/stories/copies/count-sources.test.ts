import { describe, expect, it } from 'vitest';
import type { CopyLink } from '../../../src/stories/copies/copy-link.js';
import { countSources, sourceGroups } from '../../../src/stories/copies/count-sources.js';

const link = (article: string, of: string, kind: CopyLink['kind'] = 'copy'): CopyLink => ({
  article,
  of,
  kind,
  similarity: 0.9,
});

describe('countSources', () => {
  it('counts a group of copies once and an update with what it updates', () => {
    const links = [link('b', 'a'), link('c', 'a'), link('e', 'd', 'update')];
    expect(countSources(['a', 'b', 'c', 'd', 'e', 'f'], links)).toBe(3);
    expect(sourceGroups(['f', 'e', 'd', 'c', 'b', 'a'], links)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
      ['f'],
    ]);
  });

  it('joins copies through an original that is not in the story', () => {
    expect(countSources(['b', 'c', 'x'], [link('b', 'a'), link('c', 'a')])).toBe(2);
  });

  it('follows chains: a copy of an update of an article is one source with it', () => {
    expect(countSources(['a', 'u', 'v'], [link('u', 'a', 'update'), link('v', 'u')])).toBe(1);
  });

  it('counts each article once and an empty story as no source', () => {
    expect(countSources(['a', 'a', 'b'], [])).toBe(2);
    expect(countSources([], [link('b', 'a')])).toBe(0);
  });
});
