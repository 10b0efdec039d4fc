import { describe, expect, it } from 'vitest';
import { findEntities } from '../../../src/analyze/entities/find-entities.js';
import { findQuotes } from '../../../src/analyze/quotes/find-quotes.js';
import { textLayer } from '../../../src/analyze/text/text-layer.js';
import type { Quote } from '../../../src/model/analysis.js';

function quotes(text: string): Quote[] {
  const layer = textLayer(text);
  return findQuotes(text, layer, findEntities(text, layer));
}
function quote(text: string, content: string, kind?: Quote['kind']): Quote | undefined {
  return quotes(text).find((q) => q.text === content && (!kind || q.kind === kind));
}

describe('reported speech and the quoted words in it', () => {
  it('reads "repeated that" as reported speech', () => {
    const text =
      'Ilka Varn, the quarry manager, repeated on Friday that "safety has always come first at Tollen", a remark that drew jeers.';
    expect(quote(text, 'safety has always come first at Tollen')?.speaker?.name).toBe('Ilka Varn');
  });

  it('reads the cue after a name with a title abbreviation and a relative clause', () => {
    const text =
      'Vice Adm. Oskar Lind, who heads the northern fleet, said the fog had lifted but warned that it "could roll back in by noon."';
    expect(quote(text, 'the fog had lifted')?.speaker?.name).toBe('Oskar Lind');
    // The warning is his too, not said by "the fog".
    const warning = quotes(text).find((q) => q.kind === 'indirect' && q.cue === 'warned');
    expect(warning?.speaker?.name).toBe('Oskar Lind');
  });

  it('keeps a second predicate with a modal in what was said, on its own when unquoted', () => {
    const text =
      'The arbiter, Nadia Felk, said she had "not given up hope" and would meet both sides again on Friday.';
    const unquoted = quote(text, 'would meet both sides again on Friday', 'indirect');
    expect(unquoted?.cue).toBe('said');
    expect(unquoted?.speaker?.name).toBe('Nadia Felk');
    expect(quote(text, 'not given up hope', 'partial')?.speaker?.name).toBe('Nadia Felk');
  });

  it('gives quoted words further along the reported clause its cue and speaker', () => {
    const text =
      'Finance Minister Aron Pell said his office would "stay neutral" and expected a deal "before the harvest."';
    const late = quote(text, 'before the harvest.', 'partial');
    expect(late?.cue).toBe('said');
    expect(late?.speaker?.name).toBe('Aron Pell');
  });

  it('does not take the cue of the next sentence for a quote that ends its own', () => {
    const text =
      'Vera Holm said the owners had come to the table "with empty hands." The owners said the guild had refused to talk.';
    expect(quote(text, 'with empty hands.', 'partial')?.speaker?.name).toBe('Vera Holm');
  });

  it('reads a reporting phrase made of a verb and a noun', () => {
    const text = 'Lydia Marsh has made the case in public that the canal must be widened.';
    const q = quote(text, 'the canal must be widened', 'indirect');
    expect(q?.cue).toBe('made the case');
    expect(q?.speaker?.name).toBe('Lydia Marsh');
  });

  it('reads reported speech inside a direct quote, with its own speaker', () => {
    const text =
      'The woman who drowned was named as Greta Dask, a retired teacher. Her son, Lukas Dask, said she had refused to leave. "She told me she had seen worse storms and the roof would hold," he said.';
    const inner = quotes(text).find(
      (q) => q.kind === 'indirect' && q.text.startsWith('she had seen worse storms'),
    );
    expect(inner?.speaker?.name).toBe('Greta Dask');
    const outer = quotes(text).find((q) => q.kind === 'direct');
    expect(outer?.speaker?.name).toBe('Lukas Dask');
  });
});

describe('speakers', () => {
  it('resolves a pronoun to the last speaker in the text, whichever pass found it', () => {
    const text =
      '"We will appeal," said Mr Quill.\n\nOren Vasti, the league\'s president, said the ruling stood. "The rules apply to every club in the league," he said.';
    expect(quote(text, 'The rules apply to every club in the league,')?.speaker?.name).toBe(
      'Oren Vasti',
    );
  });

  it('gives a bare quote paragraph to the person the paragraph before is about', () => {
    const text =
      "Mira Kostal, the guild's treasurer, does not object to the merger. Her concern is the timing.\n\n«We were told about it on a Friday evening and asked to vote on the Monday morning.»";
    expect(quotes(text)[0]?.speaker?.name).toBe('Mira Kostal');
  });

  it('resolves "they" to the group that spoke last, named by its head noun', () => {
    const text =
      'Many of the fishermen moored at the quay said they had lost a week of work. The problem is the permit office, which they say favours large trawlers.';
    const first = quote(text, 'they had lost a week of work');
    expect(first?.speaker?.name).toBe('fishermen');
    expect(first?.speaker?.descriptor).toBe('Many of the fishermen moored at the quay');
    expect(quote(text, 'favours large trawlers')?.speaker?.name).toBe('fishermen');
  });

  it("gives the words of a body's officials and figures to the body", () => {
    const text =
      "The Harbour Pilots' Union called the stoppage. Wages have fallen by a tenth since 2027, according to union figures. Union officials have said they could extend it.";
    const figures = quote(text, 'Wages have fallen by a tenth since 2027');
    expect(figures?.speaker?.name).toBe("Harbour Pilots' Union");
    expect(figures?.speaker?.descriptor).toBe('union figures');
    expect(quote(text, 'they could extend it')?.speaker?.name).toBe("Harbour Pilots' Union");
  });

  it('names a spokesman for a body the usual way round', () => {
    const text = 'A spokesman for the ministry said the plan had not changed.';
    expect(quote(text, 'the plan had not changed')?.speaker?.name).toBe('ministry spokesman');
  });

  it("names an office by its holder's title", () => {
    const text =
      'Premier Ivo Brandt toured the flooded valley on Sunday. After the visit, Brandt flew on to Kessel, his office said.';
    const q = quotes(text).find((x) => x.cue === 'said');
    expect(q?.text).toBe('After the visit, Brandt flew on to Kessel');
    expect(q?.speaker?.name).toBe("premier's office");
    expect(q?.speaker?.descriptor).toBe('his office');
  });

  it('takes the group before a place, not the place', () => {
    const text = 'Residents in Gdansk said the water had risen overnight.';
    expect(quote(text, 'the water had risen overnight')?.speaker?.name).toBe('Residents in Gdansk');
  });
});
