// Forms numbered beyond this (a long run keeps adding unknown words to wink's vocabulary) are
// worked out each time, so that no memo grows without bound.
const MAX_FORMS = 1 << 20;

/**
 * What a rule finds out about a word form, kept by wink's number for the form (`TextLayer.forms`):
 * a word seen before costs one array read instead of the string tests every extractor made on
 * every token. The text is read only for a form not seen before.
 */
export class FormMemo<T> {
  // A plain array: its elements stay on the heap, and it grows by pushes so it never turns sparse.
  private readonly known: Array<T | undefined> = [];

  constructor(private readonly compute: (text: string) => T) {}

  /** The value for token `i` of a layer. */
  at(layer: { tokens: Array<{ text: string }>; forms: number[] }, i: number): T {
    const form = layer.forms[i]!;
    return this.get(form) ?? this.learn(form, layer.tokens[i]!.text);
  }

  get(form: number): T | undefined {
    return form < this.known.length ? this.known[form] : undefined;
  }

  learn(form: number, text: string): T {
    const value = this.compute(text);
    if (form < MAX_FORMS) {
      while (this.known.length <= form) this.known.push(undefined);
      this.known[form] = value;
    }
    return value;
  }
}
