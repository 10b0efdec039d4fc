import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/ingest/decode.js';

describe('decodeBytes', () => {
  it('follows a byte order mark first', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('café', 'utf8')]);
    expect(decodeBytes(utf8)).toEqual({ text: 'café', charset: 'utf-8' });
  });

  it('uses the charset a page declares', () => {
    const page = Buffer.concat([
      Buffer.from('<meta charset="windows-1252"><p>'),
      iconv.encode('Acções “sobem”', 'windows-1252'),
    ]);
    expect(decodeBytes(page, { documentCharset: true }).text).toContain('Acções “sobem”');
  });

  it('prefers valid UTF-8 over a single-byte label, the usual mislabelling', () => {
    const page = Buffer.from('<meta charset="iso-8859-1"><p>Müller sagte „Nein“', 'utf8');
    expect(decodeBytes(page, { documentCharset: true }).text).toContain('Müller sagte „Nein“');
  });

  it('guesses a legacy encoding when the bytes are not UTF-8', () => {
    const legacy = iconv.encode(
      'Les grévistes ont déclaré à la presse que la grève continuerait.',
      'windows-1252',
    );
    const { text } = decodeBytes(legacy);
    expect(text).toBe('Les grévistes ont déclaré à la presse que la grève continuerait.');
  });

  it('treats ISO-8859-1 labels as windows-1252, as browsers do', () => {
    const bytes = Buffer.from([0x93, 0x68, 0x69, 0x94]);
    expect(decodeBytes(bytes, { transportCharset: 'ISO-8859-1' }).text).toBe('“hi”');
  });
});
