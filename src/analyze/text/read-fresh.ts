import type { Document, ItsHelpers } from 'wink-nlp';
import { isKeptWord, isNumber, learningFrom } from './learned-words.js';
import { loadWink, type Lexicon, type Wink } from './wink.js';

/**
 * Past this many learned words a new instance takes over: forgotten words stay in wink's lists,
 * and from about 990,000 learned words their numbers would collide with the events of wink's
 * sentence and part-of-speech machines (1,080,000 and up).
 */
const MAX_LEARNED = 1 << 18;

interface Reader {
  nlp: Wink;
  lexicon: Lexicon;
  /** The lexicon's length after the last document. */
  learned: number;
  /** The numbers kept from earlier documents. */
  numbers: string[];
}

let current: Reader | null = null;

/**
 * wink-nlp's reading of a text, the same as a new instance's: it depends on the text alone.
 *
 * wink adds every word it does not know to its lexicon, and looks tokens up there before it
 * splits them: once "Dravonek's," has taught it "Dravonek's", a later "Dravonek's" stays whole
 * instead of "Dravonek" + "'s"; a number first met in "No.400" keeps the word features it got
 * there. So the words a document taught it are forgotten after it, except those it reads the same
 * known or not (relearning every word made it half as slow again).
 */
export function readFresh(text: string): { doc: Document; its: ItsHelpers; modelWords: number } {
  let reader = current;
  if (reader === null || reader.lexicon.list.length - reader.lexicon.intrinsicSize > MAX_LEARNED) {
    const { nlp, lexicon } = loadWink();
    reader = current = { nlp, lexicon, learned: lexicon.list.length, numbers: [] };
  }
  const { lexicon } = reader;
  // wink's own error for a text that is not a string.
  if (typeof text !== 'string') reader.nlp.readDoc(text);
  const learning = learningFrom(text);
  if (learning === 'nothing') forget(lexicon, lexicon.list.slice(lexicon.intrinsicSize));
  if (learning !== 'words and numbers') {
    forget(lexicon, reader.numbers);
    reader.numbers = [];
  }
  try {
    return {
      doc: reader.nlp.readDoc(text),
      its: reader.nlp.its,
      modelWords: lexicon.intrinsicSize,
    };
  } finally {
    for (let k = reader.learned; k < lexicon.list.length; k++) {
      const word = lexicon.list[k]!;
      if (learning === 'nothing') delete lexicon.hash[word];
      else if (isKeptWord(word)) continue;
      else if (learning === 'words and numbers' && isNumber(word)) reader.numbers.push(word);
      else delete lexicon.hash[word];
    }
    reader.learned = lexicon.list.length;
  }
}

function forget(lexicon: Lexicon, words: string[]): void {
  for (const word of words) delete lexicon.hash[word];
}
