import { describe, expect, it } from 'vitest';
import { FeatureTable } from '../../src/stories/feature-table.js';
import { packCounts } from '../../src/stories/packed-counts.js';
import { yearConflict } from '../../src/stories/year-conflict.js';

const story = (profile: [string, number][], profiled: number, first: string | null = null) => ({
  profile: new Map(profile),
  profiled,
  first,
  last: first,
});

describe('yearConflict', () => {
  it('sets a dated article apart from an undated story most of whose articles name another year', () => {
    const undated = story(
      [
        ['t:2008', 3],
        ['t:2008-12', 2],
        ['w:patch', 4],
      ],
      4,
    );
    expect(yearConflict('2013-09-18', ['w:patch'], undated)).toBe(true);
    expect(yearConflict('2008-12-17', ['w:patch'], undated)).toBe(false);
  });

  it('needs most of the story to name a year, and leaves dated pairs to the time window', () => {
    expect(yearConflict('2013-09-18', [], story([['t:2008', 1]], 4))).toBe(false);
    expect(yearConflict('2013-09-18', [], story([['t:2008', 4]], 4, '2008-12-17'))).toBe(false);
  });

  it('sets an undated article apart from a dated story when none of its years falls in range', () => {
    const dated = story([['w:patch', 2]], 2, '2013-09-18');
    expect(yearConflict(null, ['t:2008', 't:2008-12'], dated)).toBe(true);
    // A later article often names the earlier event: one year in range is enough.
    expect(yearConflict(null, ['t:2008', 't:2013'], dated)).toBe(false);
    expect(yearConflict(null, ['w:patch'], dated)).toBe(false);
  });

  it('says nothing when neither side has a date', () => {
    expect(yearConflict(null, ['t:2008'], story([['t:2013', 3]], 3))).toBe(false);
  });

  it('reads a story profile packed by feature id as it reads one of keys', () => {
    const table = new FeatureTable();
    const [year, month, patch] = ['t:2008', 't:2008-12', 'w:patch'].map((key) => table.id(key));
    const undated = {
      profile: packCounts([
        [year!, 3],
        [month!, 2],
        [patch!, 4],
      ]),
      profiled: 4,
      first: null,
      last: null,
    };
    const yearOf = (id: number) => table.year(id);
    expect(yearConflict('2013-09-18', [patch!], undated, yearOf)).toBe(true);
    expect(yearConflict('2008-12-17', [patch!], undated, yearOf)).toBe(false);
    expect(yearConflict('2013-09-18', [patch!], { ...undated, profiled: 7 }, yearOf)).toBe(false);
  });
});
