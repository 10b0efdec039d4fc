import { describe, expect, it, vi } from 'vitest';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { TextLayer } from '../../src/model/analysis.js';
import type { Article } from '../../src/model/article.js';

function article(n: number, text: string): Article {
  const finished = finishArticle(
    {
      source: `d${n}`,
      url: null,
      outlet: 'Harbour Post',
      title: null,
      published: '2031-04-02',
      text,
    },
    `d${n}`,
  );
  if (!('id' in finished)) throw new Error('fixture');
  return finished;
}

// Words wink does not know, in the forms that teach it to tokenise them otherwise: a possessive
// before a comma is learned whole, a number inside "No.400" as a word, a currency code as a word.
const target = article(
  0,
  `YEREVAN — Minister Ara Dravonek's plan for berth No.400 was dropped on Friday, ` +
    `the union said.\n\n“We stay out,” said Dravonek's deputy, Lusine Vardanyan. ` +
    `The USD-backed bonds lost 2,300 points, and Vardanyan's office said 400 workers ` +
    `would strike on 3 May.`,
);
const others = [
  article(1, `It was Dravonek's, not the union's, and Vardanyan's, she said. 400. USD fell.`),
  article(2, `The 2,300-point fall came after No.400 closed, Dravonek told reporters.`),
  article(3, `Lusine Vardanyan's deputy, Tigran Dravonek's aide, said: "No." USD and 2,300.`),
];

/** A new process, as far as the analysis goes: wink's instance and every memo start empty. */
async function freshAnalysis() {
  vi.resetModules();
  return import('../../src/analyze/analyze-article.js');
}

/** What a layer says about the text, without the form numbers (they are per process). */
function reading(layer: TextLayer) {
  return { tokens: layer.tokens, sentences: layer.sentences, paragraphs: layer.paragraphs };
}

describe('text layer determinism', () => {
  it('wink alone tokenises a word differently once it has learned it', async () => {
    const { loadWink } = await import('../../src/analyze/text/wink.js');
    const { nlp } = loadWink();
    const tokens = (text: string) => nlp.readDoc(text).tokens().out(nlp.its.value);
    expect(tokens(`Dravonek's plan`)).toEqual(['Dravonek', "'s", 'plan']);
    tokens(`It was Dravonek's, he said.`);
    expect(tokens(`Dravonek's plan`)).toEqual(["Dravonek's", 'plan']);
  });

  it('reads a text the same whatever was read before', async () => {
    const { textLayer } = await import('../../src/analyze/text/text-layer.js');
    const first = textLayer(target.text);
    expect(first.tokens.map((t) => t.text)).toContain("'s");
    for (const other of others) textLayer(other.text);
    const again = textLayer(target.text);
    expect(reading(again)).toEqual(reading(first));
    expect(again.forms).toEqual(first.forms);
  });

  it('analyses an article the same first, after other articles, or in a batch', async () => {
    const alone = (await freshAnalysis()).analyzeWithLayers([target])[0];
    if (!alone || alone instanceof Error) throw new Error('analysis failed');

    const { analyzeArticles, analyzeWithLayers } = await freshAnalysis();
    analyzeArticles(others);
    const after = analyzeWithLayers([target])[0];
    if (!after || after instanceof Error) throw new Error('analysis failed');
    expect(after.analysis).toEqual(alone.analysis);
    expect(reading(after.layer)).toEqual(reading(alone.layer));

    expect(analyzeArticles([...others, target]).at(-1)).toEqual(alone.analysis);
    expect(analyzeArticles([target, ...others])[0]).toEqual(alone.analysis);
    expect(analyzeArticles([...others].reverse())).toEqual(
      (await freshAnalysis()).analyzeArticles([...others].reverse()),
    );
  });

  it('reads every text as a new wink instance would, whatever it read before', async () => {
    const { loadWink } = await import('../../src/analyze/text/wink.js');
    const { winkTokens } = await import('../../src/analyze/text/text-layer.js');
    // A new instance's reading: wink forgets everything a text taught it.
    const { nlp, lexicon } = loadWink();
    const asNew = (text: string) => {
      const learned = lexicon.list.length;
      const doc = nlp.readDoc(text);
      const reading = {
        values: doc.tokens().out(nlp.its.value),
        pos: doc.tokens().out(nlp.its.pos),
        sentences: doc.sentences().out(nlp.its.span),
      };
      for (const word of lexicon.list.slice(learned)) delete lexicon.hash[word];
      return reading;
    };
    // Tokens that wink reads otherwise once it knows them, or that teach it a word as another kind.
    const words = (
      `Dravonek Dravonek's Dravonek’s O'Neill O'Neill's I'm USD USD-backed usd GBP No.400 400 ` +
      `v2.5 2,300 1:30 9/11 U.S. U.S U.S.-led J. J.5 Müller naïve pro-growth well-known KÅ \u212Are ` +
      `\u212A\u212B k\u00e5 \u1E9E STRA\u1E9EE stra\u00dfe said the union`
    ).split(' ');
    const marks = ['', '', ',', '.', ')', '(', '“', '”', "'s", '’s', '...'];
    let seed = 7;
    const pick = <T>(items: T[]) => {
      seed = (seed * 48271) % 0x7fffffff;
      return items[seed % items.length]!;
    };
    for (let n = 0; n < 2000; n++) {
      const text = Array.from(
        { length: 1 + (n % 7) },
        () => pick(marks) + pick(words) + pick(marks),
      );
      const ours = winkTokens(text.join(' '));
      const { values, pos, sentences } = ours;
      expect({ values, pos, sentences }).toEqual(asNew(text.join(' ')));
    }
  });

  it('gives one form number to one text, and different numbers to different texts', async () => {
    const { textLayer } = await import('../../src/analyze/text/text-layer.js');
    const byForm = new Map<number, string>();
    const byText = new Map<string, number>();
    for (const { text } of [target, ...others, target]) {
      const layer = textLayer(text);
      layer.tokens.forEach((token, i) => {
        const form = layer.forms[i]!;
        expect(byForm.get(form) ?? token.text).toBe(token.text);
        expect(byText.get(token.text) ?? form).toBe(form);
        byForm.set(form, token.text);
        byText.set(token.text, form);
      });
    }
  });
});
