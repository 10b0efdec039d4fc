import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderStoryReportPage } from '../../src/report/html/story-report-page.js';
import { A1, A3, ARTICLES, HANDLER, LINK, SCRIPT, STORY } from './story-fixture.js';

const html = renderStoryReportPage(STORY, ARTICLES);
const document = parseHTML(html).document as unknown as Document;

/** What would run, load or navigate to script if the markup were trusted. */
function activeContent(): string[] {
  const found: string[] = [];
  const scripts = document.querySelectorAll('script');
  if (scripts.length !== 1 || scripts[0]!.getAttribute('src') !== null)
    found.push(`${scripts.length} scripts`);
  for (const element of document.querySelectorAll('*'))
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) found.push(`${element.tagName} ${attribute.name}`);
      if (/^\s*(javascript|data|vbscript):/i.test(attribute.value))
        found.push(`${element.tagName} ${attribute.name}=${attribute.value}`);
      if (/^(src|srcset|action|poster)$/i.test(attribute.name))
        found.push(`${element.tagName} ${attribute.name}`);
    }
  for (const tag of ['iframe', 'object', 'embed', 'svg', 'img', 'base', 'form', 'link'])
    if (document.querySelector(tag)) found.push(tag);
  return found;
}

describe('the HTML report of a story', () => {
  it('shows script tags, event handlers and javascript: links as inert text', () => {
    expect(activeContent()).toEqual([]);
    const hostile = document.querySelector(`#article-${A3}`)!;
    expect(hostile.querySelector('.article-text')!.textContent).toBe(ARTICLES[2]!.text);
    expect(hostile.querySelector('h3')!.textContent).toBe(ARTICLES[2]!.title);
    expect(hostile.querySelector('.url.inert')!.textContent).toBe("javascript:alert('url')");
    expect(hostile.querySelector('a.url')).toBeNull();
    const body = document.body.textContent!;
    for (const text of [
      SCRIPT,
      HANDLER,
      LINK,
      '<svg onload=alert("speaker")>',
      '<img src=x onerror=alert("only")>',
      ARTICLES[2]!.outlet!,
    ])
      expect(body).toContain(text);
  });

  it('opens offline: nothing to fetch, and a policy that allows only its own style and script', () => {
    expect(html).not.toMatch(/(src|href)="https?:\/\/(?!news\.example)/);
    const policy = document
      .querySelector('meta[http-equiv="Content-Security-Policy"]')!
      .getAttribute('content')!;
    expect(policy).toMatch(
      /^default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'/,
    );
    for (const link of document.querySelectorAll('a[href]')) {
      const href = link.getAttribute('href')!;
      if (href.startsWith('#'))
        expect(document.getElementById(decodeURIComponent(href.slice(1))), href).not.toBeNull();
      else expect(href).toMatch(/^https:\/\/news\.example\//);
    }
  });

  it('cites each summary sentence with chips of its sources', () => {
    const sentences = [...document.querySelectorAll('#summary li')];
    expect(sentences.map((li) => li.querySelector('a.select')!.textContent)).toEqual(
      STORY.summary.map((sentence) => sentence.text),
    );
    const chips = [...sentences[0]!.querySelectorAll('.chip')].map((chip) => chip.textContent);
    expect(chips).toEqual(['1 Tagus Courier', '2 Harbourline', `3 ${ARTICLES[2]!.outlet}`]);
    expect(sentences[1]!.className).toContain('status-conflicting');
  });

  it('colours facts by verdict in a table of facts against independent sources', () => {
    const rows = [...document.querySelectorAll('.fact-table tbody tr')];
    expect(rows.map((row) => row.getAttribute('data-fact'))).toEqual([
      'f-dead',
      'f-walkout',
      'f-hostile',
    ]);
    expect(rows.map((row) => row.className)).toEqual([
      'fact status-conflicting',
      'fact status-corroborated',
      'fact status-single-source',
    ]);
    const cells = (row: Element) =>
      [...row.querySelectorAll('td')].slice(3).map((cell) => cell.textContent!.trim());
    expect(cells(rows[0]!)).toEqual(['A', 'B']);
    expect(cells(rows[1]!)).toEqual(['●', '●']);
    expect(cells(rows[2]!)).toEqual(['', '●']);
    expect(rows[0]!.querySelectorAll('.versions li')).toHaveLength(2);
    expect(rows[2]!.querySelector('.qualifiers')!.textContent).toContain(
      'only this source: “the night shift”',
    );
  });

  it('marks each fact’s evidence in the articles, for the script to highlight on a click', () => {
    const marks = (ref: string) =>
      [...document.querySelectorAll('mark[data-ref]')].filter((mark) =>
        mark.getAttribute('data-ref')!.split(' ').includes(ref),
      );
    expect(marks('f-dead').map((mark) => mark.textContent)).toEqual([
      'Twelve people died in the crush.',
      'Twelve people died in the crush.',
      'Fifteen people were killed.',
    ]);
    expect(marks('f-dead').every((mark) => mark.className === 'ev ev-conflicting')).toBe(true);
    expect(marks('s-duarte')).toHaveLength(2);
    // Without the script, a fact links to its first evidence.
    const link = document.querySelector('a[data-select="f-walkout"]')!;
    const anchor = document.getElementById(link.getAttribute('href')!.slice(1))!;
    expect(anchor.nextElementSibling!.textContent).toBe('Dock workers walked out on Tuesday.');
    expect(anchor.closest('article')!.id).toBe(`article-${A1}`);
  });

  it('puts statements side by side, one wording per outlet', () => {
    const statement = document.querySelector('.statement')!;
    expect(statement.querySelector('h3 a')!.textContent).toBe('Ana Duarte');
    expect(
      [...statement.querySelectorAll('.wording blockquote')].map((quote) => quote.textContent),
    ).toEqual(STORY.statements[0]!.wordings.map((wording) => wording.text));
  });
});
