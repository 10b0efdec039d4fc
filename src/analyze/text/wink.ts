import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/** The one wink-nlp instance of the process: loading the model costs ~100 ms, so it happens once. */
let instance: ReturnType<typeof winkNLP> | null = null;

export function wink(): ReturnType<typeof winkNLP> {
  instance ??= winkNLP(model, ['sbd', 'pos']);
  return instance;
}
