import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readContent, readPaths } from '../helpers/read-all.js';
import { tempFiles, tempFolder } from '../helpers/temp.js';

describe('bad input', () => {
  it('an empty file gets one clear line and the batch goes on', async () => {
    const folder = tempFiles({
      'a-empty.txt': '',
      'b-blank.txt': '   \n\n',
      'c-good.txt': 'date 2031-04-02 Good text.',
    });
    const { articles, errors } = await readPaths([folder]);
    expect(errors.map((e) => [e.input.replace(folder, ''), e.reason])).toEqual([
      ['/a-empty.txt', 'empty: nothing to read'],
      ['/b-blank.txt', 'empty: nothing to read'],
    ]);
    expect(articles).toHaveLength(1);
  });

  it('a binary file is refused as binary', async () => {
    const { errors } = await readContent(
      'photo.jpg',
      Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0]),
    );
    expect(errors[0]?.message).toBe(
      'photo.jpg: binary content: not text, HTML, a feed, JSON Lines or WARC',
    );
  });

  it('a 200 MB file is refused before it is read', async () => {
    const folder = tempFolder();
    const path = join(folder, 'huge.txt');
    const megabyte = Buffer.from(
      'Dock workers walked out. '.repeat(41_943).padEnd(1024 * 1024, ' '),
    );
    const fd = openSync(path, 'w');
    for (let i = 0; i < 200; i++) writeSync(fd, megabyte);
    closeSync(fd);
    const { articles, errors } = await readPaths([path]);
    expect(articles).toEqual([]);
    expect(errors[0]?.reason).toBe('too large: 200 MiB, over the 64 MiB limit for one document');
  });

  it('invalid UTF-8 in a legacy encoding is decoded, not garbled', async () => {
    const bytes = iconv.encode(
      'date 2031-04-02 Os estivadores disseram à imprensa: «Não voltamos», e a greve começou.',
      'windows-1252',
    );
    const { articles } = await readContent('legacy.txt', bytes);
    expect(articles[0]?.text).toBe(
      'Os estivadores disseram à imprensa: «Não voltamos», e a greve começou.',
    );
  });

  it('a legacy page declared by its meta charset is decoded with it', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Grève</title></head><body><article><p>${'Les dockers ont cessé le travail à l’aube, a déclaré le syndicat. '.repeat(8)}</p></article></body></html>`;
    const { articles } = await readContent('legacy.html', iconv.encode(html, 'windows-1252'));
    expect(articles[0]?.text).toContain('Les dockers ont cessé le travail à l’aube');
  });

  it('a truncated gzip is refused with the reason, and nothing partial comes out', async () => {
    const html = `<html><body><article>${'<p>Dock workers walked out on Tuesday after talks broke down over pay and hours.</p>'.repeat(200)}</article></body></html>`;
    const gz = gzipSync(Buffer.from(html));
    const { articles, errors } = await readContent(
      'page.html.gz',
      gz.subarray(0, Math.floor(gz.length / 2)),
    );
    expect(articles).toEqual([]);
    expect(errors[0]?.reason).toMatch(/^corrupt or truncated gzip data/);
  });

  it('a gzip header followed by garbage is corrupt gzip data, not an empty file', async () => {
    const garbage = Buffer.from([0x1f, 0x8b, 0x08, 0x00, ...Buffer.from('garbage')]);
    const { articles, errors } = await readContent('broken.gz', garbage);
    expect(articles).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^broken\.gz: corrupt or truncated gzip data/),
    ]);
    // A whole gzip of nothing is still an empty input.
    const empty = await readContent('nothing.txt.gz', gzipSync(Buffer.alloc(0)));
    expect(empty.errors.map((e) => e.reason)).toEqual(['empty: nothing to read']);
  });

  it('a JSON Lines article that is empty once cleaned up is named by its line', async () => {
    const lines = [
      JSON.stringify({ text: 'Ferry crews returned to work on Friday, the union said.' }),
      JSON.stringify({ text: '\u200b\ufeff&#8203;' }),
    ].join('\n');
    const { articles, errors } = await readContent('export.jsonl', lines);
    expect(articles).toHaveLength(1);
    expect(errors.map((e) => e.message)).toEqual(['export.jsonl:2: empty: no article text']);
    const array = await readContent('export.json', `[{"text": "\\u200b"}]`);
    expect(array.errors.map((e) => e.message)).toEqual(['export.json [0]: empty: no article text']);
  });

  it('malformed HTML still gives its text', async () => {
    const html =
      '<html><body><div><p>Dock workers walked out on Tuesday after talks collapsed, the union said in a statement.<p>They will <b>stay out <i>until Friday.</div></span></body>';
    const { articles, errors } = await readContent('broken.html', html);
    expect(errors).toEqual([]);
    expect(articles[0]?.text).toContain('Dock workers walked out on Tuesday');
  });

  it('a page with no text at all is an error, not an empty article', async () => {
    const { articles, errors } = await readContent(
      'blank.html',
      '<html><head><title>x</title></head><body><script>var a=1</script></body></html>',
    );
    expect(articles).toEqual([]);
    expect(errors[0]?.reason).toBe('no article text found in the page');
  });

  it('malformed XML in a feed gets a clear line with where it broke', async () => {
    const { articles, errors } = await readContent(
      'feed.xml',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>X</title><item><title>A</item></channel></rss>',
    );
    expect(articles).toEqual([]);
    expect(errors[0]?.message).toMatch(/^feed\.xml: malformed XML: .+ \(line \d+\)$/);
  });

  it('a truncated feed loses nothing already read and stores no partial item', async () => {
    const item = (n: number) =>
      `<item><title>T${n}</title><link>https://x.example/${n}</link><description>Text ${n}.</description></item>`;
    const feed = `<rss version="2.0"><channel><title>X</title>${item(1)}${item(2)}<item><title>T3</title><descr`;
    const { articles, errors } = await readContent('cut.xml', feed);
    expect(articles).toEqual([]);
    expect(errors).toHaveLength(1);
  });

  it('a feed of 10,000 items is read whole', async () => {
    const items = Array.from(
      { length: 10_000 },
      (_, n) =>
        `<item><title>Story ${n}</title><link>https://x.example/${n}</link><description>Dockers met on day ${n} of the strike.</description></item>`,
    );
    const { articles, errors } = await readContent(
      'big.xml',
      `<rss version="2.0"><channel><title>Big Feed</title>${items.join('')}</channel></rss>`,
    );
    expect(errors).toEqual([]);
    expect(articles).toHaveLength(10_000);
    expect(new Set(articles.map((a) => a.id)).size).toBe(10_000);
  });

  it('XML that is no feed is refused as such', async () => {
    const { errors } = await readContent(
      'data.xml',
      '<?xml version="1.0"?><rss:catalog xmlns:rss="x"><book/></rss:catalog>',
    );
    expect(errors).toHaveLength(1);
  });

  it('a missing path gets one line and the others are read', async () => {
    const folder = tempFiles({ 'ok.txt': 'date 2031-04-02 Text.' });
    const { articles, errors } = await readPaths([join(folder, 'nope.txt'), folder]);
    expect(errors[0]?.message).toBe(`${join(folder, 'nope.txt')}: no such file, folder or URL`);
    expect(articles).toHaveLength(1);
  });

  it('a 5 MB article on one line with no punctuation reads', async () => {
    const { articles } = await readContent(
      'long.txt',
      `date 2031-04-02 ${'word '.repeat(1_000_000)}`,
    );
    expect(articles[0]?.text.length).toBe(4_999_999);
  });
});
