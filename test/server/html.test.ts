import { describe, expect, it } from 'vitest';
import { SafeUrl, escapeHtml, markup } from '../../src/server/html/html.js';
import { markSpans, type Mark } from '../../src/server/html/mark-spans.js';
import { anchorUrl, externalUrl, localPath, sitePath } from '../../src/server/html/safe-url.js';

describe('the markup template', () => {
  it('escapes every interpolated value, in text and in quoted attributes', () => {
    const hostile = `"><script>alert('x')</script>&`;
    expect(markup`<p title="${hostile}">${hostile}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
    expect(escapeHtml('`a`')).toBe('&#96;a&#96;');
  });

  it('nests fragments without escaping them twice, and drops empty values', () => {
    const inner = markup`<b>${'a & b'}</b>`;
    expect(markup`<p>${inner}${null}${undefined}${false}${[inner, 'c']}</p>`.value).toBe(
      '<p><b>a &amp; b</b><b>a &amp; b</b>c</p>',
    );
  });

  it('refuses template mistakes that would let data become markup or script', () => {
    expect(() => markup`<p title=${'x'}></p>`).toThrow(/quoted/);
    expect(() => markup`<p onclick="${'x'}"></p>`).toThrow(/event handler/);
    expect(() => markup`<a href="${'javascript:alert(1)'}"></a>`).toThrow(/SafeUrl/);
    expect(() => markup`<p>${new SafeUrl('/')}</p>`).toThrow(/SafeUrl/);
    expect(markup`<a href="${sitePath(['articles'])}">`.value).toBe('<a href="/articles">');
  });
});

describe('addresses in pages', () => {
  it('links outside only over http(s)', () => {
    expect(externalUrl('https://news.example/a?b=1')?.value).toBe('https://news.example/a?b=1');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'https://user:pass@news.example/',
      '//news.example/',
      'not a url',
      null,
    ])
      expect(externalUrl(bad)).toBeNull();
  });

  it('encodes the segments and query of paths on this site', () => {
    expect(sitePath(['articles', '../x?y'], { q: 'a&b', page: 2, empty: '' }).value).toBe(
      '/articles/..%2Fx%3Fy?q=a%26b&page=2',
    );
    expect(anchorUrl('quote-1').value).toBe('#quote-1');
  });

  it('sends a browser back only to a path on this site', () => {
    expect(localPath('/articles?q=x').value).toBe('/articles?q=x');
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      '/\t/evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      undefined,
    ])
      expect(localPath(bad).value).toBe('/');
  });
});

function mark(start: number, end: number, tag: string, layer = 0): Mark {
  return {
    start,
    end,
    layer,
    open: (continued) =>
      tag === 'q'
        ? markup`<q${continued ? markup` class="more"` : ''}>`
        : markup`<b${continued ? markup` class="more"` : ''}>`,
    close: tag === 'q' ? markup`</q>` : markup`</b>`,
  };
}

describe('marking spans in text', () => {
  it('wraps nested spans and escapes the text between them', () => {
    const text = 'Ana said <hi> & left';
    expect(markSpans(text, [mark(0, 13, 'q'), mark(0, 3, 'b', 1)]).value).toBe(
      '<q><b>Ana</b> said &lt;hi&gt;</q> &amp; left',
    );
  });

  it('splits a span that crosses another so that elements always nest', () => {
    expect(markSpans('abcdef', [mark(0, 4, 'q'), mark(2, 6, 'b')]).value).toBe(
      '<q>ab<b>cd</b></q><b class="more">ef</b>',
    );
  });

  it('ignores spans outside the text or empty, since stored spans are data', () => {
    expect(
      markSpans('abc', [mark(-1, 2, 'q'), mark(2, 9, 'q'), mark(2, 2, 'q'), mark(0.5, 2, 'q')])
        .value,
    ).toBe('abc');
  });
});
