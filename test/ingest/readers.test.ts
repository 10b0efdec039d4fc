import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeWarc } from '../../src/ingest/warc-writer.js';
import { readContent } from '../helpers/read-all.js';

const PAGE = `<!doctype html><html lang="en-GB"><head>
<title>Ferry crews end strike | The Tagus Courier</title>
<link rel="canonical" href="https://tagus-courier.example/news/ferry-strike-ends">
<meta property="og:site_name" content="The Tagus Courier">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Ferry crews end four-day strike","datePublished":"2031-05-09T07:30:00+01:00",
"author":{"@type":"Person","name":"Rita Ferraz"},"publisher":{"@type":"Organization","name":"The Tagus Courier"}}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Ferry crews end four-day strike</h1>
<p>LISBON — Ferry crews on the Tagus returned to work on Friday after the operator agreed to
hire forty more deckhands, ending a four-day strike that stranded thousands of commuters.</p>
<p>“We got what we asked for,” said Inês Moura, who leads the crews’ union. She said talks on
pay would <a href="/news/pay-talks">resume next month</a>.</p>
<p>The operator said services would run normally from Saturday morning, with extra crossings
in the evening to clear the backlog of passengers left over from the week of disruption.</p>
</article>
<footer>© 2031 The Tagus Courier. All rights reserved.</footer>
</body></html>`;

describe('readers', () => {
  it('reads dated text: header date, text on the same line and after', async () => {
    const { articles, errors } = await readContent(
      'strike.txt',
      '  date 2031-04-02 LISBON — Dock workers walked out.\n\nThe union said so.\n',
    );
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({
      published: '2031-04-02',
      text: 'LISBON — Dock workers walked out.\n\nThe union said so.',
    });
  });

  it('refuses a dated-text header whose date does not exist', async () => {
    const { errors } = await readContent('bad.txt', 'date 2031-02-30 Text.');
    expect(errors[0]?.message).toBe('bad.txt: invalid date 2031-02-30 in the date header');
  });

  it('reads plain text with the date and outlet given by the user', async () => {
    const { articles } = await readContent('note.txt', 'Dock workers walked out on Tuesday.', {
      date: '2031-04-02',
      outlet: 'Harbour Post',
    });
    expect(articles[0]).toMatchObject({ published: '2031-04-02', outlet: 'Harbour Post' });
  });

  it('reads an HTML page with its metadata and drops navigation and footer', async () => {
    const { articles, errors } = await readContent('saved.html', PAGE);
    expect(errors).toEqual([]);
    const article = articles[0]!;
    expect(article).toMatchObject({
      url: 'https://tagus-courier.example/news/ferry-strike-ends',
      outlet: 'The Tagus Courier',
      title: 'Ferry crews end four-day strike',
      published: '2031-05-09T06:30:00Z',
      language: 'en',
      authors: ['Rita Ferraz'],
    });
    expect(article.text).toContain('“We got what we asked for,” said Inês Moura');
    expect(article.text).not.toContain('Weather');
    expect(article.text).not.toContain('All rights reserved');
  });

  it('reads RSS items with link, date and full content', async () => {
    const rss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>Harbour Post</title><link>https://harbour-post.example/</link><language>en</language>
<item><title>Dockers strike in Porto</title><link>https://harbour-post.example/a</link>
<pubDate>Wed, 02 Apr 2031 09:00:00 GMT</pubDate><description>Short summary.</description>
<content:encoded><![CDATA[<p>Dock workers in Porto walked out.</p><p>“No deal,” said the union.</p>]]></content:encoded></item>
<item><title>Summary only</title><link>https://harbour-post.example/b</link>
<pubDate>Thu, 03 Apr 2031 10:00:00 +0100</pubDate><description>Cranes stood idle &amp; ships waited.</description></item>
</channel></rss>`;
    const { articles, errors } = await readContent('feed.xml', rss);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.outlet, a.url, a.published, a.text])).toEqual([
      [
        'Harbour Post',
        'https://harbour-post.example/a',
        '2031-04-02T09:00:00Z',
        'Dock workers in Porto walked out.\n\n“No deal,” said the union.',
      ],
      [
        'Harbour Post',
        'https://harbour-post.example/b',
        '2031-04-03T09:00:00Z',
        'Cranes stood idle & ships waited.',
      ],
    ]);
  });

  it('reads Atom entries, with content or only a summary', async () => {
    const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Baltic Ledger</title>
<entry><title>Port of Gdańsk idle</title><link rel="alternate" href="https://ledger.example/1"/>
<published>2031-04-10T08:00:00Z</published><updated>2031-04-10T09:00:00Z</updated>
<author><name>Ola Nowak</name></author><content type="html">&lt;p&gt;Cranes stood still.&lt;/p&gt;</content></entry>
<entry><title>Talks</title><link href="https://ledger.example/2"/><updated>2031-04-11T08:00:00Z</updated>
<summary>Talks resume.</summary></entry></feed>`;
    const { articles } = await readContent('atom.xml', atom);
    expect(articles.map((a) => [a.outlet, a.url, a.published, a.text, a.authors])).toEqual([
      [
        'Baltic Ledger',
        'https://ledger.example/1',
        '2031-04-10T08:00:00Z',
        'Cranes stood still.',
        ['Ola Nowak'],
      ],
      ['Baltic Ledger', 'https://ledger.example/2', '2031-04-11T08:00:00Z', 'Talks resume.', []],
    ]);
  });

  it('reads JSON Lines, reporting each bad line and going on', async () => {
    const lines = [
      JSON.stringify({
        text: 'First story text.',
        title: 'One',
        url: 'https://wire.example/1',
        outlet: 'Wire',
        published: '2031-04-02',
      }),
      '{"text": "broken',
      JSON.stringify({ title: 'No text' }),
      '',
      JSON.stringify({ text: 'Third story text.', url: 'https://wire.example/3' }),
    ].join('\n');
    const { articles, errors } = await readContent('export.jsonl', lines);
    expect(articles.map((a) => [a.title, a.outlet, a.published])).toEqual([
      ['One', 'Wire', '2031-04-02'],
      [null, 'wire.example', null],
    ]);
    expect(errors.map((e) => e.input)).toEqual(['export.jsonl:2', 'export.jsonl:3']);
    expect(errors[1]!.reason).toBe('no "text" string');
  });

  it('reads the HTML responses of a WARC, gzipped or not, and skips other records', async () => {
    const pages = [
      {
        url: 'https://tagus-courier.example/news/ferry-strike-ends',
        date: '2031-05-09T10:00:00Z',
        html: PAGE,
      },
      {
        url: 'https://tagus-courier.example/logo.png',
        date: '2031-05-09T10:00:01Z',
        html: 'PNG',
        contentType: 'image/png',
      },
      {
        url: 'https://tagus-courier.example/missing',
        date: '2031-05-09T10:00:02Z',
        html: '<p>gone</p>',
        status: 404,
      },
    ];
    for (const gzip of [false, true]) {
      const { articles, errors } = await readContent(
        gzip ? 'crawl.warc.gz' : 'crawl.warc',
        await writeWarc(pages, { gzip }),
      );
      expect(errors).toEqual([]);
      expect(articles.map((a) => [a.url, a.title])).toEqual([
        ['https://tagus-courier.example/news/ferry-strike-ends', 'Ferry crews end four-day strike'],
      ]);
    }
  });

  it('reads gzipped pages and JSON Lines through gunzip', async () => {
    const { articles } = await readContent('page.html.gz', gzipSync(Buffer.from(PAGE)));
    expect(articles[0]?.title).toBe('Ferry crews end four-day strike');
    const jsonl = gzipSync(Buffer.from('{"text":"One."}\n{"text":"Two."}\n'));
    expect((await readContent('export.jsonl.gz', jsonl)).articles).toHaveLength(2);
  });

  it('gives the same id to the same content and another to a changed version', async () => {
    const a = (await readContent('a.txt', 'date 2031-04-02 Same words.')).articles[0]!;
    const b = (await readContent('b.txt', '\n date 2031-04-02   Same  words.\n')).articles[0]!;
    const c = (await readContent('c.txt', 'date 2031-04-02 Same words, updated.')).articles[0]!;
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
  });
});
