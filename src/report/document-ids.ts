import { createHash } from 'node:crypto';

function shortHash(value: string, length: number): string {
  return createHash('sha256').update(value).digest('hex').slice(0, length);
}

/** One id for a person, body or place across the articles of a document: from its type and name. */
export function entityId(type: string, name: string): string {
  return `e${shortHash(`${type}\u0000${name.normalize('NFC').toLowerCase()}`, 11)}`;
}

/** A quote's id, stable for the same article content. */
export function quoteId(article: string, start: number, end: number): string {
  return `q${shortHash(`${article}:${start}:${end}`, 11)}`;
}
