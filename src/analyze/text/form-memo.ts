/** Forms numbered beyond this are worked out each time, so that no memo grows without bound. */
export const MAX_FORMS = 1 << 20;

/**
 * What a rule finds out about a word form, kept by the form's number (`TextLayer.forms`): a word
 * seen before costs one array read instead of the string tests every extractor made on every
 * token. The text is read only for a form not seen before, or one without a number (-1).
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
    return form >= 0 && form < this.known.length ? this.known[form] : undefined;
  }

  learn(form: number, text: string): T {
    const value = this.compute(text);
    if (form >= 0 && form < MAX_FORMS) {
      while (this.known.length <= form) this.known.push(undefined);
      this.known[form] = value;
    }
    return value;
  }
}
