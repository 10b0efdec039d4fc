import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../src/ingest/html/parse-html.js';

describe('parseHtml', () => {
  it('keeps the body of a page that opens with <head> instead of <html>', () => {
    const document = parseHtml(
      '<!DOCTYPE html><head><title>Tide tables</title></head><body><p>High tide at 14:02.</p></body></html>',
    );
    expect(document.body.textContent).toContain('High tide at 14:02.');
  });

  it('keeps the body of a page with a server warning before <html>', () => {
    const document = parseHtml(
      '<br /><b>Warning</b>: cache miss<html><head><title>x</title></head><body><p>Market opens on Saturday.</p></body></html>',
    );
    expect(document.body.textContent).toContain('Market opens on Saturday.');
  });

  it('puts content that has no <body> tag into the body', () => {
    const document = parseHtml(
      '<html><head><title>Notice</title></head><p>The library is closed on Monday.</p></html>',
    );
    expect(document.body.textContent).toContain('The library is closed on Monday.');
    expect(document.title).toBe('Notice');
  });

  it('ignores an <html> tag inside a conditional comment', () => {
    const document = parseHtml(
      '<!doctype html><!--[if lt IE 9]><html class="old-ie"><![endif]--><html lang="en"><body><p>Bridge reopens.</p></body></html>',
    );
    expect(document.body.textContent).toContain('Bridge reopens.');
    expect(document.documentElement.getAttribute('lang')).toBe('en');
  });
});
