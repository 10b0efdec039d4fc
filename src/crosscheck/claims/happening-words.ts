import type { Token } from '../../model/analysis.js';
import type { Span } from '../../model/article.js';

/** Pronouns that stand for what the sentence before named. */
const STAND_INS = new Set(['it', 'he', 'she', 'they']);

/** Tags between a subject and its verb ("it had", "he was not"). */
const BETWEEN = new Set(['AUX', 'ADV', 'PART']);

/** Whether the subject of the verb at `at` is a pronoun: "It overturned", "when it capsized". */
function pronounSubject(tokens: readonly Token[], at: number): boolean {
  let j = at - 1;
  while (j >= 0 && BETWEEN.has(tokens[j]!.pos)) j--;
  return j >= 0 && tokens[j]!.pos === 'PRON' && STAND_INS.has(tokens[j]!.text.toLowerCase());
}

/** Tokens before a happening's verb where what makes it one more of its kind may stand. */
const SUBJECT_REACH = 4;

/** Words that make a happening one more of its kind: "another train derailed", "a second blast". */
const ONE_MORE = new Set(['another', 'second', 'third', 'fourth', 'fifth']);

/** Tags of the words that open a noun phrase before a participle that describes its noun. */
const NOUN_PHRASE_OPENERS = new Set(['DET', 'ADJ', 'NUM', 'PART']);
/** Pronouns that open a noun phrase ("its capsized hull"), unlike a subject ("they derailed cars"). */
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my', 'your']);

const opensNounPhrase = (token: Token | undefined) =>
  !!token &&
  (NOUN_PHRASE_OPENERS.has(token.pos) ||
    (token.pos === 'PRON' && POSSESSIVES.has(token.text.toLowerCase())));

/**
 * A participle standing between the opening of a noun phrase and its noun ("the derailed
 * carriages", "its capsized hull"): it says what the thing is, not that it happened when the
 * claim's time says ("began lifting the derailed carriages yesterday").
 */
const describesNoun = (tokens: readonly Token[], i: number) =>
  tokens[i + 1]?.pos === 'NOUN' &&
  opensNounPhrase(tokens[i - 1]) &&
  /(?:ed|en)$/i.test(tokens[i]!.text);

/**
 * The verbs a claim tells as having happened: not those after "to", asked for or awaited
 * ("urging them to overturn the rule", "is expected to resign"), nor participles that describe a
 * noun.
 */
export const toldVerbs = (tokens: readonly Token[], tokenWords: readonly (string | null)[]) =>
  tokenWords.filter(
    (word, i): word is string =>
      word !== null &&
      tokens[i]!.pos === 'VERB' &&
      tokens[i - 1]?.text.toLowerCase() !== 'to' &&
      !describesNoun(tokens, i),
  );

/** What a claim says its once-only happening is of. */
export interface HappeningWords {
  /**
   * Its words but the verb and those of its times ("shortly after 6 p.m." says when, not what),
   * and, when the verb's subject is a pronoun, the words of the claim before it in the article,
   * which names what the pronoun stands for.
   */
  about: string[];
  /** Said to be one more of its kind ("another", "a second"). */
  further: boolean;
}

/** What a claim's happening of `verb` is said of (see `HappeningWords`). */
export function happeningWords(
  verb: string,
  words: ReadonlySet<string>,
  tokens: readonly Token[],
  tokenWords: readonly (string | null)[],
  times: readonly Span[],
  before: { words: readonly string[] } | undefined,
  /** The noun that names the happening, when its verb only says it took place ("occurred"). */
  subject?: string,
): HappeningWords {
  const timeWords = new Set<string>();
  tokens.forEach((token, i) => {
    if (tokenWords[i] && times.some((time) => token.start < time.end && time.start < token.end))
      timeWords.add(tokenWords[i]!);
  });
  const about = [...words].filter((word) => word !== verb && !timeWords.has(word));
  const at = tokenWords.indexOf(verb);
  if (before && at >= 0 && pronounSubject(tokens, at))
    for (const word of before.words) if (word !== verb && !about.includes(word)) about.push(word);
  // Said of the happening's subject, just before its verb: "a third of its deck fell" and
  // "another witness said" tell no third collapse and no other happening.
  let further = false;
  for (const end of [at, subject === undefined ? -1 : tokenWords.indexOf(subject)])
    for (let j = Math.max(0, end - SUBJECT_REACH); end >= 0 && j < end; j++)
      if (ONE_MORE.has(tokens[j]!.text.toLowerCase()) && tokens[j + 1]?.text.toLowerCase() !== 'of')
        further = true;
  return { about, further };
}
