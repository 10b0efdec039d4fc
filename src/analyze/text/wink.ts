import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export type Wink = ReturnType<typeof winkNLP>;

/** The words of an instance's model, to which wink adds every word it meets and does not know. */
export interface Lexicon {
  /** Word → its number. */
  hash: Record<string, number>;
  /** Number → word. */
  list: string[];
  /** How many words the model came with: their numbers are the same in every instance. */
  intrinsicSize: number;
}

// The model's `metaCER()` encodes its machines again on every call, so every instance made would
// get them encoded once more, and some twenty instances overflow the longest string V8 can make.
let metaCER: unknown = null;

/** A new wink-nlp instance (~100 ms: the model is parsed anew), with the lexicon it learns into. */
export function loadWink(): { nlp: Wink; lexicon: Lexicon } {
  // wink gets its model from `core()`, once per instance; handing it one made here is the only
  // way to reach the lexicon.
  const core = (model.core as () => { features: { lexeme: Lexicon } })();
  metaCER ??= (model.metaCER as () => unknown)();
  const nlp = winkNLP({ ...model, core: () => core, metaCER: () => metaCER }, ['sbd', 'pos']);
  return { nlp, lexicon: core.features.lexeme };
}

let plain: Wink | null = null;

/**
 * A wink-nlp instance as it comes, which learns from every document it reads: for benchmarks.
 * The analysis reads through `readFresh`, whose results do not depend on what was read before.
 */
export function wink(): Wink {
  plain ??= loadWink().nlp;
  return plain;
}
