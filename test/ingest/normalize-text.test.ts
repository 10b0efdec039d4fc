import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize-text.js';

describe('normalizeText', () => {
  it('normalises line endings, space runs and blank-line runs', () => {
    expect(normalizeText('  One\u00a0 two\r\n\r\n\r\n\tThree  \rFour ')).toBe(
      'One two\n\nThree\nFour',
    );
  });

  it('never touches quote marks', () => {
    const quotes = `“Sim,” disse ela. ‘No’, «non», ''yes'', "ok".`;
    expect(normalizeText(quotes)).toBe(quotes);
  });

  it('decodes entities only when asked', () => {
    expect(normalizeText('Tom &amp; Jerry&#8217;s')).toBe('Tom &amp; Jerry&#8217;s');
    expect(normalizeText('Tom &amp; Jerry&#8217;s', { decodeEntities: true })).toBe(
      'Tom & Jerry’s',
    );
  });

  it('drops invisible characters and composes accents', () => {
    expect(normalizeText('\ufeffCafe\u0301\u200b')).toBe('Café');
  });

  it('replaces lone surrogates with U+FFFD and keeps whole pairs', () => {
    expect(normalizeText('a\ud800b c\udc00 \ud83d\ude00 end\udbff')).toBe(
      'a\ufffdb c\ufffd \ud83d\ude00 end\ufffd',
    );
    expect(normalizeText('x\udc00\ud800y')).toBe('x\ufffd\ufffdy');
  });
});
