import { MAX_FORMS } from './form-memo.js';

const numbers = new Map<string, number>();

/**
 * Each token's form number (`TextLayer.forms`), the same for the same text throughout the
 * process: wink's own number for a word its model knows (the same in every instance), and for any
 * other one given here, since wink numbers such a word anew each time it learns it (see
 * `readFresh`). -1 once `MAX_FORMS` forms are numbered. Rewrites `ids` (wink's numbers).
 */
export function formNumbers(values: string[], ids: number[], modelWords: number): number[] {
  for (let i = 0; i < ids.length; i++)
    if (ids[i]! >= modelWords) ids[i] = numberOf(values[i]!, modelWords);
  return ids;
}

function numberOf(text: string, modelWords: number): number {
  let number = numbers.get(text);
  if (number === undefined) {
    if (modelWords + numbers.size >= MAX_FORMS) return -1;
    number = modelWords + numbers.size;
    numbers.set(text, number);
  }
  return number;
}
