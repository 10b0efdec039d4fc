import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../src/ingest/sniff.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('sniffFormat', () => {
  it('tells formats apart by content, whatever the file is called', () => {
    expect(sniffFormat(bytes(' date 2031-04-02 LISBON — Dock workers'), 'a.html')).toBe(
      'dated-text',
    );
    expect(sniffFormat(bytes('date 2031-04-02\nText on the next line'))).toBe('dated-text');
    expect(sniffFormat(bytes('<!doctype html><html><body><p>x</p>'), 'page.txt')).toBe('html');
    expect(
      sniffFormat(bytes('<?xml version="1.0"?><rss version="2.0"><channel>'), 'feed.html'),
    ).toBe('feed');
    expect(sniffFormat(bytes('<feed xmlns="http://www.w3.org/2005/Atom">'))).toBe('feed');
    expect(sniffFormat(bytes('{"text":"hello"}\n{"text":"again"}'), 'x.txt')).toBe('jsonl');
    expect(sniffFormat(bytes('WARC/1.0\r\nWARC-Type: warcinfo'))).toBe('warc');
    expect(sniffFormat(gzipSync(bytes('anything')))).toBe('gzip');
    expect(sniffFormat(bytes('Dock workers walked out on Tuesday.'))).toBe('text');
  });

  it('recognises empty, blank and binary content', () => {
    expect(sniffFormat(new Uint8Array())).toBe('empty');
    expect(sniffFormat(bytes('  \n\n '))).toBe('empty');
    expect(
      sniffFormat(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    ).toBe('binary');
  });

  it('reads UTF-16 text with a byte order mark as text, not binary', () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('<html><body><p>Olá</p>', 'utf16le'),
    ]);
    expect(sniffFormat(utf16)).toBe('html');
  });
});
