import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { markdownAddress, markdownText } from '../../src/report/markdown-text.js';

const rendered = (markdown: string) => new MarkdownIt({ html: true }).render(markdown);

describe('article text in Markdown', () => {
  it('shows HTML, links and images as text, even after a backslash', () => {
    for (const text of [
      '<script>alert(1)</script>',
      '\\<img src=x onerror=alert(2)>',
      '[click](javascript:alert(3))',
      '![beacon](http://tracker.invalid/b.png)',
      '&lt;b&gt; `code` **bold** | pipe',
    ]) {
      const html = rendered(`- ${markdownText(text)}`);
      expect(html).not.toMatch(/<(script|img|a|code|strong)\b/);
    }
  });

  it('keeps http addresses as links and any other as text', () => {
    expect(rendered(markdownAddress('https://news.invalid/a?b=1'))).toContain('<a href=');
    expect(rendered(markdownAddress('javascript:alert(1)'))).not.toContain('<a');
  });
});
