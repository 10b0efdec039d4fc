import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/report/render-markdown.js';
import { renderStoryMarkdown } from '../../src/report/render-story-markdown.js';
import { ARTICLES, STORY } from './story-fixture.js';

const markdown = renderStoryMarkdown(STORY, ARTICLES, 1).join('\n');

/** The lines of one `## name` section, up to the next `## `. */
function section(name: string): string {
  const start = markdown.indexOf(`\n## ${name}\n`);
  expect(start, name).toBeGreaterThanOrEqual(0);
  const end = markdown.indexOf('\n## ', start + 1);
  return markdown.slice(start, end < 0 ? undefined : end);
}

describe('the Markdown of a cross-checked story', () => {
  it('cites the sources of each summary sentence and lists the articles they point to', () => {
    expect(markdown.startsWith('# Story: Dockers strike in Lisbon\n')).toBe(true);
    expect(section('Summary')).toContain('Dock workers walked out on Tuesday. [1][2][3]');
    expect(section('Summary')).toContain('(sources disagree) [1][2][3]');
    const articles = section('Articles');
    expect(articles).toContain(
      '1. Tagus Courier — Dockers strike in Lisbon (2031-04-02), source 1',
    );
    expect(articles).toContain('2. Harbourline — Lisbon dock strike (2031-04-02), source 1');
    expect(articles).toContain('<https://news.example/a>');
  });

  it('groups facts by verdict and gives each version of a conflict with its sources', () => {
    const facts = section('Facts');
    expect(facts.indexOf('### Corroborated (1)')).toBeLessThan(
      facts.indexOf('### Conflicting (1)'),
    );
    expect(facts).toContain(
      '- Dock workers walked out on Tuesday. (2 sources, 2031-04-01) [1][2][3]',
    );
    expect(facts).toContain(
      '  - **12 dead**: 1 source [1][2] — “Twelve people died in the crush.”\n',
    );
    expect(facts).toContain('1 source [3] — “Fifteen people were killed.”');
    expect(facts).toMatch(/### Single source \(1\)\n\n- Some said .*hedged, according to/);
    // What of a sentence only its source says.
    expect(facts).toMatch(/only this source: “the night shift”, “/);
  });

  it('lists statements by speaker with each outlet’s wording, and the timeline', () => {
    const statements = section('Statements');
    expect(statements).toContain('### Ana Duarte (union leader');
    expect(statements).toContain(
      '  - [1] Tagus Courier, direct: “We stay out until the offer improves,”',
    );
    expect(statements).toContain(', indirect: “the strike would go on until the offer improved”');
    expect(section('Timeline')).toContain('- **2031-04-01**: Dock workers walked out. [1][2][3]');
  });

  it('shows hostile text instead of letting a viewer run it', () => {
    expect(markdown).not.toMatch(/(^|[^\\])<(script|img|a |b |svg)/);
    expect(markdown).not.toContain('<javascript:');
    expect(markdown).toContain("javascript:alert('url')");
  });

  it('is part of the analysis document’s Markdown, one section per story', () => {
    const document = { articles: ARTICLES, stories: [STORY], errors: [] };
    const full = renderMarkdown(document);
    expect(full).toContain('## Story: Dockers strike in Lisbon\n');
    expect(full).toContain('### Summary\n');
    expect(full).toContain('#### Conflicting (1)\n');
  });
});
