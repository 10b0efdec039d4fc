import { describe, expect, it } from 'vitest';
import {
  boilerplateReason,
  removeBoilerplate,
} from '../../../src/ingest/html/clean-boilerplate.js';
import { parseHtml } from '../../../src/ingest/html/parse-html.js';

function element(html: string): Element {
  return parseHtml(`<html><body>${html}</body></html>`).body.firstElementChild!;
}

describe('boilerplateReason', () => {
  it('recognises furniture by tag, role, hidden state and class or id', () => {
    expect(boilerplateReason(element('<nav><a href="/">Home</a></nav>'))).toBe('tag');
    expect(boilerplateReason(element('<div role="navigation"></div>'))).toBe('role');
    expect(boilerplateReason(element('<div style="display: none">x</div>'))).toBe('hidden');
    expect(boilerplateReason(element('<div class="social-share-bar"></div>'))).not.toBeNull();
    expect(boilerplateReason(element('<div id="relatedPosts"></div>'))).not.toBeNull();
    expect(
      boilerplateReason(element('<section class="newsletter-signup"></section>')),
    ).not.toBeNull();
    expect(boilerplateReason(element('<div class="cmp-consent-layer"></div>'))).not.toBeNull();
  });

  it('leaves article containers alone whatever their classes say', () => {
    expect(
      boilerplateReason(element('<article class="post tag-harbour category-news"></article>')),
    ).toBeNull();
    expect(
      boilerplateReason(element('<div class="article-body sharing-enabled"></div>')),
    ).toBeNull();
    expect(boilerplateReason(element('<div class="canvas-wrapper"></div>'))).toBeNull();
    expect(
      boilerplateReason(element('<header class="post-header"><h1>Title</h1></header>')),
    ).toBeNull();
  });
});

describe('removeBoilerplate', () => {
  it('never removes a kept element or what holds it', () => {
    const document = parseHtml(`<html><body>
      <div class="sidebar-layout"><div class="text"><p>The ferry pier closes on Monday after inspectors found cracks.</p></div></div>
      <div class="sidebar"><p>Weather: sunny</p></div></body></html>`);
    const kept = document.querySelector('.text')!;
    removeBoilerplate(document.body, [kept]);
    expect(document.body.textContent).toContain('The ferry pier closes');
    expect(document.body.textContent).not.toContain('Weather: sunny');
  });
});
