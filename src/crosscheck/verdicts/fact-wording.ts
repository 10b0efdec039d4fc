/** "(Update, April 3, 2031)", "(Corrected)": the version of the report, not what it says. */
const VERSION_TAG =
  /^\((?:update|updated|corrected|correction|refiled|recasts?)\b[^)\n]{0,40}\)\s*/iu;
/** "LISBON, Portugal —", "SEOUL, June 9 (Meridian) –": where and from whom, not what. */
const DATELINE = /^\p{Lu}[\p{Lu} .'’-]{2,}(?:,[^—–\n]{1,40}?)?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]\s+/u;
/**
 * A clause split off its sentence may open with the word that joined it (in lower case: a
 * sentence that opens with one, "After the visit, …", keeps it).
 */
const JOINING_WORD =
  /^(?:and|but|while|whereas|although|though|after|as|because|since|until|unless|when|before)\s+/;

/** A claim's words as a fact's text: without a dateline or a joining word, capitalised. */
export function factWording(text: string): string {
  const bare = text.replace(VERSION_TAG, '').replace(DATELINE, '').replace(JOINING_WORD, '').trim();
  return bare ? bare[0]!.toUpperCase() + bare.slice(1) : text.trim();
}
