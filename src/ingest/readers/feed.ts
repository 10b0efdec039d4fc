import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ArticleDraft } from '../../model/article.js';
import { ReadError } from '../../model/read-error.js';
import { htmlToText } from '../html/html-to-text.js';
import { parseHtml } from '../html/parse-html.js';
import { normalizeDate } from '../normalize-date.js';
import { normalizeText } from '../normalize-text.js';
import { outletFromUrl } from '../outlet-name.js';
import { readTextInput } from './read-text-input.js';
import type { Reader } from './reader.js';

type Node = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => ['item', 'entry', 'link', 'author', 'dc:creator'].includes(name),
});

function textOf(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim() || null;
  if (Array.isArray(value)) return textOf(value[0]);
  if (typeof value === 'object') {
    const node = value as Node;
    return textOf(node['#text'] ?? node['name'] ?? node['@_href']);
  }
  return null;
}

function htmlFragmentText(html: string): string {
  if (!/[<&]/.test(html)) return normalizeText(html);
  return htmlToText(parseHtml(`<!doctype html><html><body>${html}</body></html>`).body);
}

function bodyOf(value: unknown): string {
  if (value === undefined || value === null) return '';
  const node = typeof value === 'object' && !Array.isArray(value) ? (value as Node) : null;
  const raw = textOf(value) ?? '';
  if (node && node['@_type'] === 'text') return normalizeText(raw);
  return htmlFragmentText(raw);
}

function linkOf(item: Node): string | null {
  const links = (item['link'] as unknown[] | undefined) ?? [];
  for (const link of links) {
    if (typeof link === 'string') return link.trim() || null;
    const node = link as Node;
    if (node['@_href'] && (!node['@_rel'] || node['@_rel'] === 'alternate'))
      return String(node['@_href']).trim();
  }
  return textOf(item['guid']) && /^https?:/.test(textOf(item['guid'])!)
    ? textOf(item['guid'])
    : null;
}

function authorsOf(item: Node): string[] {
  const authors = [
    ...((item['author'] as unknown[]) ?? []),
    ...((item['dc:creator'] as unknown[]) ?? []),
  ];
  return authors.map(textOf).filter((name): name is string => name !== null);
}

/** RSS 2.0, RSS 1.0 and Atom feeds: one article per item, with its link, date and content. */
export const readFeed: Reader = async function* (input, options) {
  const xml = await readTextInput(input, options, { documentCharset: true });
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    yield new ReadError(input.name, `malformed XML: ${valid.err.msg} (line ${valid.err.line})`);
    return;
  }
  const root = parser.parse(xml) as Node;
  const rss = root['rss'] as Node | undefined;
  const rdf = root['rdf:RDF'] as Node | undefined;
  const atom = root['feed'] as Node | undefined;
  if (!rss && !rdf && !atom) {
    yield new ReadError(input.name, 'XML that is neither an RSS nor an Atom feed');
    return;
  }
  const channel = (rss?.['channel'] ?? rdf?.['channel']) as Node | undefined;
  const entries = (atom?.['entry'] ?? (rss ? channel?.['item'] : rdf?.['item']) ?? []) as Node[];
  const feedTitle = textOf(atom?.['title']) ?? textOf(channel?.['title']);
  const feedLink = atom ? linkOf(atom) : textOf(channel?.['link']);
  const outlet = feedTitle ?? options.outlet ?? outletFromUrl(feedLink ?? input.url ?? null);
  let index = 0;
  for (const item of entries) {
    index++;
    const title = textOf(item['title']);
    const text = bodyOf(
      item['content:encoded'] ?? item['content'] ?? item['description'] ?? item['summary'],
    );
    const where = `${input.name} item ${index}${title ? ` (${title.slice(0, 60)})` : ''}`;
    if (!text) {
      yield new ReadError(where, 'no text or summary in the feed item');
      continue;
    }
    const draft: ArticleDraft = {
      source: input.name,
      url: linkOf(item),
      outlet,
      title,
      published:
        normalizeDate(
          textOf(item['pubDate'] ?? item['published'] ?? item['dc:date'] ?? item['updated']),
        ) ?? normalizeDate(options.date),
      text,
      authors: authorsOf(item),
      language: textOf(channel?.['language']) ?? textOf(atom?.['@_xml:lang']),
    };
    yield draft;
  }
};
