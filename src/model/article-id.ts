import { createHash } from 'node:crypto';

/**
 * An article's id comes from its outlet and normalised text, so reading the same content twice
 * gives the same id, and a changed version gets a new one.
 */
export function articleId(outlet: string | null, text: string): string {
  const hash = createHash('sha256');
  hash.update((outlet ?? '').trim().toLowerCase());
  hash.update('\u0000');
  hash.update(text);
  return 'a' + hash.digest('hex').slice(0, 15);
}
