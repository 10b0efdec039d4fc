import type { Article } from '../../model/article.js';

/** A news agency an article credits, in its credit lines or its dateline. */
export interface WireAgency {
  /** As written: "Meridian Press Agency", "Reuters", "Meridian". */
  name: string;
  /** For comparing credits: "Meridian Press Agency" and the dateline's "(Meridian)" both "meridian". */
  key: string;
  /** A credit line names it (rather than only a dateline tag). */
  fromCredit: boolean;
}

// Agencies that are often credited by name alone; their short and long names share one key.
const KNOWN: [RegExp, string][] = [
  [/\bAustralian\s+Associated\s+Press\b|\bAAP\b/u, 'aap'],
  [/\b(?:[Tt]he\s+)?[Aa]ssociated\s+[Pp]ress\b|\bAP\b/u, 'ap'],
  [/\b[Aa]gence\s+[Ff]rance[\s-][Pp]resse\b|\bAFP\b/u, 'afp'],
  [/\bReuters\b/u, 'reuters'],
  [/\bDeutsche\s+Presse[\s-]Agentur\b|\bdpa\b/u, 'dpa'],
  [/\bPress\s+Association\b|\bPA\s+Media\b/u, 'pa'],
  [/\bAgencia\s+EFE\b|\bEFE\b/u, 'efe'],
  [/\bAg[eê]ncia\s+Lusa\b|\bLusa\b/u, 'lusa'],
  [/\bANSA\b/u, 'ansa'],
  [/\bKyodo\b/u, 'kyodo'],
  [/\bYonhap\b/u, 'yonhap'],
  [/\bXinhua\b/u, 'xinhua'],
  [/\bUnited\s+Press\s+International\b|\bUPI\b/u, 'upi'],
  [/\bCanadian\s+Press\b/u, 'cp'],
];

const CAPITALISED = String.raw`[\p{Lu}][\p{L}\p{M}'’.&-]*`;
// "Meridian Press Agency", "Nordic News Agency", "Harbour Wire", "Pacific News Service".
const AGENCY_NAME = new RegExp(
  String.raw`(?:${CAPITALISED}\s+){0,3}(?:(?:Press|News)\s+Agency|Agency|Newswire|Wire|News\s+Service)\b`,
  'u',
);
const GENERIC = new Set(['the', 'press', 'news', 'agency', 'wire', 'newswire', 'service']);
// "SEOUL, June 9 (Meridian) –": a capitalised place, an optional date, the agency in brackets.
const DATELINE =
  /^\s*[\p{Lu}][\p{Lu}\p{M} .'’-]{1,40}(?:,[^()\n]{0,40})?\s*\(([\p{Lu}][\p{L}\p{M} .&'’-]{0,40})\)\s*[-–—]/u;

function keyOf(name: string): string {
  for (const [pattern, key] of KNOWN) if (pattern.test(name)) return key;
  const words = name.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.find((word) => !GENERIC.has(word)) ?? words.join(' ');
}

function agencyInCredit(line: string): string | null {
  const named = AGENCY_NAME.exec(line);
  if (named) return named[0].trim();
  for (const [pattern] of KNOWN) {
    const match = pattern.exec(line);
    if (match) return match[0].trim();
  }
  return null;
}

/** The agency an article credits, preferring a credit line to a dateline tag; null when none. */
export function wireAgency(article: Pick<Article, 'text' | 'sections'>): WireAgency | null {
  for (const credit of article.sections.credits) {
    const name = agencyInCredit(article.text.slice(credit.start, credit.end));
    if (name) return { name, key: keyOf(name), fromCredit: true };
  }
  const newest = article.sections.versions[0];
  const lead = article.text.slice(newest?.start ?? 0, (newest?.start ?? 0) + 200);
  const tag = DATELINE.exec(lead)?.[1]?.trim();
  return tag ? { name: tag, key: keyOf(tag), fromCredit: false } : null;
}
