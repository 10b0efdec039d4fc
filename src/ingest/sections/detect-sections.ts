import type { Sections } from '../../model/article.js';
import { findCredits } from './find-credits.js';
import { findVersions } from './find-versions.js';

/** Finds the versions kept in a body and the credit lines at the end of each. */
export function detectSections(text: string): Sections {
  const versions = findVersions(text);
  const credits = versions.flatMap((version) => findCredits(text, version));
  return { versions, credits };
}
