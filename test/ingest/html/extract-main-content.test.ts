import { describe, expect, it } from 'vitest';
import { extractMainContent } from '../../../src/ingest/html/extract-main-content.js';
import { parseHtml } from '../../../src/ingest/html/parse-html.js';

const BODY_PARAGRAPHS = [
  'The harbour council of Eastmere voted on Tuesday to close the old ferry pier after inspectors found cracks in three of its pylons.',
  'Ferries will dock at the northern quay from next month, the council said, while engineers decide whether the pier can be repaired at all.',
  'Fishermen who use the pier at dawn said they had not been told where they should unload their catch during the works.',
];

function page(article: string, extra = ''): string {
  return `<!doctype html><html lang="en"><head><title>Pier closes | Eastmere Gazette</title></head><body>
    <header class="site-header"><a href="/">Eastmere Gazette</a><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
    <div class="cookie-banner"><p>We use cookies to improve your experience on this site. Accept all cookies?</p></div>
    <main>${article}</main>
    <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Mayor opens new library wing in the old town</a></li><li><a href="/b">Storm warning for the weekend</a></li></ul></aside>
    ${extra}
    <footer><p>© 2031 Eastmere Gazette. All rights reserved.</p><a href="/imprint">Imprint</a></footer>
  </body></html>`;
}

function extract(html: string): string {
  return extractMainContent(parseHtml(html), 'https://gazette.example/news/pier')?.text ?? '';
}

describe('extractMainContent', () => {
  it('keeps the article and drops navigation, banners, sidebars and footers', () => {
    const text = extract(
      page(`<article><h1>Old ferry pier to close</h1>
        <div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
        <div class="share-tools"><a href="https://social.example/share">Share this article</a></div>
      </article>`),
    );
    for (const paragraph of BODY_PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).not.toContain('Sport');
    expect(text).not.toContain('We use cookies');
    expect(text).not.toContain('Mayor opens new library');
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('Share this article');
  });

  it('drops a related-stories block and its heading inside the article', () => {
    const text = extract(
      page(`<article><h1>Old ferry pier to close</h1>
        <div class="entry-content">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
          <h3>Related stories</h3>
          <ul><li><a href="/c">Harbour fees rise again</a></li><li><a href="/d">New ferry line to Westholm</a></li></ul>
        </div></article>`),
    );
    expect(text).toContain(BODY_PARAGRAPHS[2]);
    expect(text).not.toContain('Related stories');
    expect(text).not.toContain('Harbour fees rise again');
  });

  it('keeps lists, tables and short paragraphs that belong to the article', () => {
    const text = extract(
      page(`<article><h1>Old ferry pier to close</h1>
        <div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
          <p>The new timetable:</p>
          <ul><li>First ferry at 6:10 from the northern quay</li><li>Last ferry at 22:40, Fridays at 23:55</li></ul>
          <table><tr><th>Route</th><th>Crossing time</th></tr><tr><td>Eastmere to Westholm</td><td>35 minutes</td></tr></table>
          <p>Who pays?</p>
          <p>The council expects the harbour authority to cover most of the costs of the repair.</p>
        </div></article>`),
    );
    expect(text).toContain('First ferry at 6:10 from the northern quay');
    expect(text).toContain('Eastmere to Westholm');
    expect(text).toContain('Who pays?');
    expect(text).toContain('The new timetable:');
  });

  it('recovers the lead that sits in the article header', () => {
    const text = extract(
      page(`<article><header class="article-header"><h1>Old ferry pier to close</h1>
        <p class="article-lead">Cracked pylons force Eastmere to move its ferries to the northern quay for at least a year.</p></header>
        <div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></article>`),
    );
    const lead = text.indexOf('Cracked pylons force Eastmere');
    expect(lead).toBeGreaterThanOrEqual(0);
    expect(lead).toBeLessThan(text.indexOf(BODY_PARAGRAPHS[0]!));
  });

  it('does not drop an article whose wrapper has a furniture word in its class', () => {
    const text = extract(
      page(`<div class="layout has-sidebar share-enabled"><div class="post-wrap">
        ${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div></div>`),
    );
    for (const paragraph of BODY_PARAGRAPHS) expect(text).toContain(paragraph);
  });

  it('drops comment sections and the byline and date above the text', () => {
    const text = extract(
      page(`<article><h1>Old ferry pier to close</h1><div class="meta-line"><span>By Ada Quill</span></div>
        <p><time datetime="2031-04-08">8 April 2031</time></p>
        <div class="story-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>
        <section id="comments"><h2>3 comments</h2><p>I always said that pier would not last another winter, nobody listened.</p></section>
      </article>`),
    );
    expect(text).toContain(BODY_PARAGRAPHS[1]);
    expect(text).not.toContain('8 April 2031');
    expect(text).not.toContain('nobody listened');
  });

  it('keeps lines broken by <br> as separate lines', () => {
    const text = extract(
      page(`<article><div class="article-body">${BODY_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}
        <p>Eastmere Harbour Office<br>Quay Street 4<br>Open weekdays from 8 to 16</p></div></article>`),
    );
    expect(text).toContain('Eastmere Harbour Office\nQuay Street 4\nOpen weekdays from 8 to 16');
  });
});
