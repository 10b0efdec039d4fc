import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../src/store/sqlite/fts-query.js';

describe('toFtsQuery', () => {
  it('quotes words and phrases, keeps operators between terms and prefixes', () => {
    expect(toFtsQuery('dock strike')).toBe('"dock" "strike"');
    expect(toFtsQuery('ferry OR strike')).toBe('"ferry" OR "strike"');
    expect(toFtsQuery('"dock strike" NOT Porto')).toBe('"dock strike" NOT "Porto"');
    expect(toFtsQuery('dock*')).toBe('"dock"*');
  });

  it('never builds a query FTS5 would reject', () => {
    expect(toFtsQuery('OR AND')).toBeNull();
    expect(toFtsQuery('AND strike OR')).toBe('"strike"');
    expect(toFtsQuery('strike OR AND ferry')).toBe('"strike" OR "ferry"');
    expect(toFtsQuery('"unclosed phrase')).toBe('"unclosed" "phrase"');
    expect(toFtsQuery('  ')).toBeNull();
  });
});
