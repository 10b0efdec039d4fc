import { detect } from 'tinyld';

const SAMPLE = 1500;

/** An ISO 639-1 code from a declared tag (`en-GB`, `pt_BR`) or, failing that, from the text. */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (tag && /^[a-z]{2}$/.test(tag)) return tag;
  if (text.length < 20) return null;
  return detect(text.slice(0, SAMPLE)) || null;
}
