import type { Quote, Token } from '../../model/analysis.js';
import { BELIEF_LEMMAS, OBJECT_LEMMAS, PARTICIPLES } from './cue-verbs.js';
import { isAccordingTo, isSpeechCue, lowerOf, speechNounEnd } from './cues.js';
import type { MentionRef } from './mention-index.js';
import {
  clauseSubject,
  hitOfMention,
  sentenceSubject,
  speakerAfter,
  speakerBefore,
  type SpeakerContext,
  type SpeakerHit,
} from './speaker.js';
import { quotedConjuncts } from './quoted-conjuncts.js';
import { toSpeaker } from './to-speaker.js';

const END_PUNCT = new Set(['.', '!', '?', ';', '"', '“', '”', '‘', '’', '«', '»', '„', "'", ')']);
const QUOTE_OPEN = new Set(['"', '“', '‘', '«', '„', "'"]);
/** Words between a cue and "that": "said on Tuesday that", "told reporters in Lisbon that". */
const BRIDGE_TAGS = new Set([
  'ADP',
  'DET',
  'NOUN',
  'PROPN',
  'NUM',
  'ADV',
  'PRON',
  'ADJ',
  'PUNCT',
  'PART',
]);

function hasVerb(tokens: Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++)
    if (tokens[k]!.pos === 'VERB' || tokens[k]!.pos === 'AUX') return true;
  return false;
}

function hasWord(tokens: Token[], first: number, last: number, word: string): boolean {
  for (let k = first; k <= last; k++) if (tokens[k]!.text === word) return true;
  return false;
}

/** Trims a token range to content: no leading "that"/commas, no closing punctuation. */
function trimRange(tokens: Token[], first: number, last: number): [number, number] {
  while (
    first <= last &&
    (tokens[first]!.text === ',' ||
      tokens[first]!.text === ':' ||
      lowerOf(tokens[first]!.text) === 'that')
  )
    first++;
  while (
    last >= first &&
    (END_PUNCT.has(tokens[last]!.text) || tokens[last]!.text === ',' || tokens[last]!.text === '—')
  )
    last--;
  return [first, last];
}

interface Found {
  first: number;
  last: number;
  cueFirst: number;
  cueLast: number;
  hit: SpeakerHit | null;
}

const CONJUNCTIONS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though']);
/** Words a reporting clause may carry before its content: "said on Tuesday it would ...". */
const TIME_LEADS = new Set([
  'on',
  'in',
  'at',
  'during',
  'late',
  'earlier',
  'last',
  'this',
  'after',
]);
const TIME_WORDS = new Set(['yesterday', 'today', 'tonight', 'earlier', 'later', 'again', 'also']);

function isClauseSubjectStart(token: Token | undefined): boolean {
  if (!token) return false;
  const lower = lowerOf(token.text);
  return (
    lower === 'it' ||
    lower === 'he' ||
    lower === 'she' ||
    lower === 'they' ||
    lower === 'we' ||
    lower === 'i' ||
    lower === 'that' ||
    token.pos === 'DET' ||
    token.pos === 'PROPN' ||
    token.pos === 'NUM'
  );
}

/**
 * Skips time words and a short time phrase between a cue and its content ("said on Tuesday it
 * would", "said Monday the port"), when a clause subject follows.
 */
function skipAdverbial(tokens: Token[], c: number, last: number): number {
  let b = c;
  const lower = lowerOf(tokens[b]?.text ?? '');
  if (TIME_WORDS.has(lower)) b++;
  else if (TIME_LEADS.has(lower) || (tokens[b]?.pos === 'PROPN' && isWeekday(tokens[b]!.text))) {
    b++;
    for (let n = 0; b <= last && n < 4; n++) {
      const w = tokens[b]!;
      if (
        w.pos === 'PROPN' ||
        w.pos === 'NOUN' ||
        w.pos === 'NUM' ||
        w.pos === 'DET' ||
        w.pos === 'ADJ'
      )
        b++;
      else break;
      if (isWeekday(w.text) || TIME_NOUNS.has(lowerOf(w.text))) {
        return b > last || isClauseSubjectStart(tokens[b]) || tokens[b]!.pos === 'PUNCT' ? b : c;
      }
    }
    return c;
  }
  return b > c && (b > last || isClauseSubjectStart(tokens[b]) || tokens[b]!.pos === 'PUNCT')
    ? b
    : c;
}

const WEEKDAYS = new Set([
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);
const TIME_NOUNS = new Set([
  'week',
  'month',
  'year',
  'night',
  'morning',
  'evening',
  'afternoon',
  'weekend',
  'statement',
  'interview',
  'day',
]);
function isWeekday(text: string): boolean {
  return text.length >= 6 && text.length <= 9 && WEEKDAYS.has(text);
}

/**
 * Where reported content starting at `c` ends: before a ";", before a second reporting clause
 * ("..., and added that ...", "... and the government insisting ...", "... but warned that ..."),
 * and at the comma closing a relative clause ("X, which says ..., walked out").
 */
function contentEnd(
  tokens: Token[],
  c: number,
  last: number,
  relative: boolean,
  ctx: SpeakerContext,
): number {
  // A reported clause runs a few dozen words at most: the cap keeps a sentence with many cues
  // and no punctuation linear.
  const limit = Math.min(last, c + MAX_CONTENT);
  for (let b = c; b <= limit; b++) {
    const w = tokens[b]!;
    const text = w.text;
    if (ctx.inQuote[b]) {
      // `..., including Mitt Romney -- "It is ..."`: a quote set off by a dash or colon is
      // direct, not part of the reported clause.
      if (!ctx.inQuote[b - 1]) {
        const before = tokens[b - 1]?.text ?? '';
        if (before === ':' || before === '--' || before === '—' || before === '–') return b - 2;
        // `..., adding, "Democracy is messy."`: so is a sentence opened after a comma.
        if (before === ',' && b > c + 1 && opensSentence(tokens, b)) return b - 2;
      }
      // `could be "messy," adding, "..."`: the comma closing a quote ends the clause too.
      if (
        text === ',' &&
        b > c + 1 &&
        QUOTE_CLOSE.has(tokens[b + 1]?.text ?? '') &&
        ctx.inQuote[b + 1] &&
        !ctx.inQuote[b + 2] &&
        cueAhead(tokens, b + 2, last, ctx, true)
      )
        return b + 1;
      continue;
    }
    if (text === ';') return b - 1;
    const comma = text === ',' || text === '—' || text === '--' || text === '–';
    if (comma && b > c + 1) {
      if (relative && text === ',') return b - 1;
      // "..., telling reporters ...", "..., he said, ...", "..., a man yelled": another
      // attribution begins.
      if (cueAhead(tokens, b + 1, last, ctx, true)) return b - 1;
      // "..., but for Republicans it is ...": the writer's own clause.
      const next = tokens[b + 1];
      if (
        next &&
        lowerOf(next.text) === 'but' &&
        tokens[b + 2] &&
        !NOT_A_CLAUSE.has(tokens[b + 2]!.pos) &&
        lowerOf(tokens[b + 2]!.text) !== 'not'
      )
        return b - 1;
      continue;
    }
    if (!CONJUNCTIONS.has(lowerOf(text)) || b === c) continue;
    // A second reporting verb within a few words: its own quote ("... and added that ...",
    // "... and the government insisting ...", "... and called for a vote").
    if (cueAhead(tokens, b + 1, last, ctx, false))
      return tokens[b - 1]?.text === ',' ? b - 2 : b - 1;
  }
  return limit;
}

/** True when the quote whose opening mark is token `open` starts with a capital: a sentence. */
function opensSentence(tokens: Token[], open: number): boolean {
  const first = tokens[open + 1];
  return first !== undefined && /^\p{Lu}/u.test(first.text) && first.pos !== 'PROPN';
}

const MAX_CONTENT = 160;
const NOT_A_CLAUSE = new Set(['ADV', 'ADJ', 'PART', 'PUNCT']);
/** Verbs that end a reported clause when coordinated after it: "... and called for a vote". */
const ACT_LEMMAS = new Set([
  'call',
  'criticize',
  'criticise',
  'praise',
  'thank',
  'defend',
  'reject',
  'dismiss',
  'blame',
  'refuse',
  'decline',
  'vow',
  'accuse',
  'describe',
  'welcome',
  'condemn',
]);

/**
 * A reporting verb starting a new attribution at `from`: a participle right away
 * (`participle`), or after a short subject ("he said", "the government insisting").
 */
function cueAhead(
  tokens: Token[],
  from: number,
  last: number,
  ctx: SpeakerContext,
  comma: boolean,
): boolean {
  for (let j = from; j <= last && j - from <= 9; j++) {
    const x = tokens[j]!;
    if (ctx.inQuote[j]) return false;
    // "said he had ... and would call both sides back": a modal keeps the verb in what was said.
    if (x.pos === 'AUX' && MODALS.has(lowerOf(x.text))) return false;
    if (x.pos === 'VERB' || isSpeechCue(x)) {
      const cue = isSpeechCue(x) || (!comma && ACT_LEMMAS.has(x.lemma));
      if (!cue || x.pos === 'NOUN') return false;
      if (lowerOf(tokens[j + 1]?.text ?? '') === 'to' && x.lemma !== 'call') return false;
      // After a comma, a verb right away is a participle ("..., telling ..."), else it needs a
      // subject before it ("..., he said").
      if (comma && j === from) return PARTICIPLES.has(lowerOf(x.text));
      return true;
    }
    if (!(NP_IN_CLAUSE.has(x.pos) || (!comma && x.text === ','))) return false;
  }
  return false;
}
const MODALS = new Set([
  'would',
  'will',
  'could',
  'can',
  'should',
  'might',
  'may',
  'must',
  'shall',
  "'d",
  "'ll",
  'wo',
]);
const NP_IN_CLAUSE = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'ADV', 'AUX', 'PRON', 'PART']);

/** Reported speech inside one sentence: "X said (that) ...", "..., X said", "..., according to X". */
function inSentence(first: number, last: number, ctx: SpeakerContext, out: Found[]): void {
  const { tokens } = ctx.layer;
  if (first < 0) return;
  let k = first;
  // Start of the current clause: the sentence's, after a ";", after the last content.
  let floor = first;
  let previous: SpeakerHit | null = null;
  while (k <= last) {
    const token = tokens[k]!;
    const pos = token.pos;
    if (token.text === ';' && !ctx.inQuote[k]) {
      floor = k + 1;
      previous = null;
      k++;
      continue;
    }

    // "self-described", "so-called": no cue.
    if (tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === token.start) {
      k++;
      continue;
    }
    // Cues and "according" are verbs, or nouns and adjectives the tagger got wrong.
    if (
      ctx.inQuote[k] ||
      !(pos === 'VERB' || pos === 'NOUN' || pos === 'ADJ' || pos === 'AUX' || pos === 'ADV')
    ) {
      k++;
      continue;
    }
    if (isAccordingTo(tokens, k)) {
      const found = according(k, floor, last, ctx);
      if (found) {
        out.push(found);
        floor = Math.max(found.last, found.cueLast) + 1;
        k = floor;
        continue;
      }
      k += 2;
      continue;
    }
    const speech =
      isSpeechCue(token) ||
      (PARTICIPLE_CUES.has(lowerOf(token.text)) && tokens[k - 1]?.text === ',');
    const nounCue = speech ? -1 : speechNounEnd(tokens, k, last);
    // Verbs of belief and noun phrases report only through a "that" clause after them.
    const belief =
      nounCue >= 0 ||
      (!speech &&
        token.pos === 'VERB' &&
        BELIEF_LEMMAS.has(token.lemma) &&
        lowerOf(tokens[k + 1]?.text ?? '') === 'that');
    const cueLast = nounCue >= 0 ? nounCue : k;
    if (!speech && !belief) {
      k++;
      continue;
    }
    const lower = lowerOf(token.text);
    // "was charged with", "is expected to": a passive participle reports nothing; nor do
    // "continues to rise", "did not respond to a request".
    if (
      (lower.endsWith('ed') &&
        lower !== 'quoted' &&
        BE_FORMS.has(lowerOf(tokens[k - 1]?.text ?? ''))) ||
      (THAT_ONLY.has(token.lemma) &&
        (tokens[k + 1]?.pos === 'ADP' || tokens[k + 1]?.pos === 'PART'))
    ) {
      k++;
      continue;
    }
    // "was quoted (by the radio) as saying": the cue is the whole phrase.
    let cueFirst = k;
    if (lower === 'saying' && tokens[k - 1]?.text === 'as') {
      for (let b = k - 2; b >= floor && k - b <= 8; b--)
        if (lowerOf(tokens[b]!.text) === 'quoted') {
          cueFirst = b;
          break;
        }
    }
    const participle =
      (PARTICIPLES.has(lower) || PARTICIPLE_CUES.has(lower)) && tokens[k - 1]?.text === ',';
    // "..., said Park of the safety office, adding that ...": the same speaker goes on.
    let hit: SpeakerHit | null = participle
      ? (previous ?? sentenceSubject(floor, k, ctx) ?? clauseSubject(floor, k, ctx))
      : speakerBefore(cueFirst, floor, ctx);
    // "The senator issued a statement saying ...": the statement's author speaks.
    if (
      hit?.phrase &&
      !hit.ref &&
      lower.endsWith('ing') &&
      DOCUMENT_NOUNS.has(tokens[hit.last]!.lemma) &&
      tokens[hit.first - 1]?.pos === 'VERB'
    )
      hit = speakerBefore(hit.first - 1, floor, ctx) ?? hit;
    if (!hit && !participle) {
      // "... and added that ...", "puts the figure at 350 and says ...": the clause's subject.
      let b = k - 1;
      while (b > floor && (tokens[b]!.pos === 'ADV' || tokens[b]!.pos === 'AUX')) b--;
      if (b >= floor && CONJUNCTIONS.has(lowerOf(tokens[b]!.text))) {
        hit = previous;
        // "Rubio thanked Miami and said ...": the subject of the verb before "and".
        for (let v = b - 1; !hit && v >= floor && b - v <= 12; v--)
          if (tokens[v]!.pos === 'VERB' && !ctx.inQuote[v]) {
            hit = speakerBefore(v, floor, ctx);
            // "X said the blaze was out but warned ...": "the blaze" is what X said, not who.
            const cue = hit ? cueBeforeContent(tokens, hit.first) : -1;
            if (cue >= floor) hit = speakerBefore(cue, floor, ctx);
            break;
          }
        hit ??= clauseSubject(floor, k, ctx);
        if (hit?.ref?.entity.type === 'place') hit = null;
      }
    }
    // Content after the cue.
    let c = k + 1;
    // "..., referring to ...", "..., pointing to ...".
    if (lowerOf(tokens[c]?.text ?? '') === 'to' && PARTICIPLE_CUES.has(lower)) c++;
    if (OBJECT_LEMMAS.has(token.lemma)) {
      // Skip the listener: "told reporters", "told the Lisbon daily".
      // One noun phrase: a determiner after its noun starts the reported clause.
      let o = c;
      let noun = false;
      while (o <= last && o - c < 5) {
        const w = tokens[o]!;
        if (w.pos === 'PRON' && o === c) {
          o++;
          noun = true;
          break;
        }
        if (noun && (w.pos === 'DET' || w.pos === 'PRON')) break;
        if (w.pos === 'NOUN' || w.pos === 'PROPN') noun = true;
        else if (w.pos !== 'DET' && w.pos !== 'ADJ') break;
        o++;
      }
      if (noun && o <= last) c = o;
    }
    let that = false;
    for (let b = c; b <= last && b - c < 10 && tokens[c]!.text !== ','; b++) {
      const w = tokens[b]!;
      if (
        lowerOf(w.text) === 'that' &&
        (w.pos === 'SCONJ' || w.pos === 'PRON' || w.pos === 'DET' || b > c) &&
        // "said that was a mistake": "that" is the subject.
        !(b === c && (tokens[b + 1]?.pos === 'AUX' || tokens[b + 1]?.pos === 'VERB'))
      ) {
        c = b + 1;
        that = true;
        break;
      }
      if (!BRIDGE_TAGS.has(w.pos) || ctx.inQuote[b]) break;
    }
    if (!that) c = skipAdverbial(tokens, c, last);
    // "said as she accepted her award", "said in an interview before ...", "said of Mr. Clinton,
    // ...": circumstances, not a reported clause.
    const circumstance =
      !that && c <= last && !clauseAfterLead(tokens, c, last, SAY_LEMMAS.has(token.lemma));
    let q = c;
    while (q <= last && (tokens[q]!.text === ':' || tokens[q]!.text === ',')) q++;
    if (q <= last && (QUOTE_OPEN.has(tokens[q]!.text) || ctx.inQuote[q])) {
      // `said: "..."` is a direct quote.
      k = q;
      while (k <= last && (ctx.inQuote[k] || QUOTE_OPEN.has(tokens[k]!.text))) k++;
      continue;
    }
    // "..., the port authority said, and ..." / "..., police said on Monday.": nothing follows.
    const closed = c > last || END_PUNCT.has(tokens[c]!.text) || tokens[c]!.text === ',';
    if (!hit && !participle) hit = speakerAfter(k, last, ctx);
    // `"...," Ms. Gil said, and the boys ...`: the cue attributes the direct quote before it.
    if (hit && attributesQuoteBefore(Math.min(hit.first, cueFirst), ctx)) {
      previous = hit;
      k++;
      continue;
    }
    if (!closed && !circumstance && hit && hit.first < k) {
      // "which officials said will ...", "Even as Obama has said that ..., his administration":
      // a relative or subordinate reporting clause ends at its comma.
      const lead = tokens[hit.first - 1];
      const bounded =
        hit.relative === true ||
        (lead !== undefined &&
          SUBORDINATORS.has(lowerOf(lead.text)) &&
          !ctx.inQuote[hit.first - 1]);
      const end = contentEnd(tokens, c, last, bounded, ctx);
      const [cf, cl] = trimRange(tokens, c, end);
      // "described the repairs as too slow": the object and its label.
      const described = token.lemma === 'describe' && hasWord(tokens, cf, cl, 'as');
      if (cl - cf >= 2 && (described || hasVerb(tokens, cf, cl))) {
        out.push({ first: cf, last: closeMark(cl, ctx), cueFirst, cueLast, hit });
        previous = hit;
        floor = cl + 1;
        k = cl + 1;
        continue;
      }
    }
    // Inverted: "The plan will fail, Duarte said." / "..., said Duarte." / "The strike, the
    // union said, will go on."
    let after: SpeakerHit | null = hit && hit.first > k ? hit : speakerAfter(k, last, ctx);
    // "said it would ...": a pronoun after the cue is the content's subject, not the speaker.
    if (after?.pronoun && !(after.last === last || tokens[after.last + 1]!.pos === 'PUNCT'))
      after = null;
    // "— said Ali's death is ...": a name that opens the content is no speaker.
    if (after && after.first > k && after.last < last) {
      const next = tokens[after.last + 1]!;
      if (next.pos === 'VERB' || next.pos === 'AUX' || next.pos === 'PART' || next.pos === 'NOUN')
        after = null;
    }
    const subject: SpeakerHit | null = after ?? hit;
    if (subject && !belief) {
      const boundary = subject.first > k ? k - 1 : subject.first - 1;
      if (boundary > floor && (tokens[boundary]!.text === ',' || tokens[boundary]!.text === '—')) {
        const [pf, pl] = trimRange(tokens, floor, boundary - 1);
        const tail = subject.first > k ? subject.last + 1 : c;
        if (pl >= pf && !ctx.inQuote[pf] && !ctx.inQuote[pl]) {
          const verb = hasVerb(tokens, pf, pl);
          // "The strike, the union said, will go on": the clause resumes after the comma.
          let resumes = -1;
          let r = tail;
          while (r <= last && tokens[r]!.pos !== 'PUNCT' && r - tail < 4) r++;
          // "The thing he most needs, aides said, is ...": a verb with no subject of its own.
          const resume = tokens[r + 1]?.pos;
          // "When she got inside, she said, there were no ballots": the main clause follows.
          const subordinate = tokens[pf]!.pos === 'SCONJ' || lowerOf(tokens[pf]!.text) === 'when';
          if (
            r <= last &&
            tokens[r]!.text === ',' &&
            (resume === 'AUX' ||
              resume === 'VERB' ||
              (!verb && resume === 'ADV') ||
              // "..., she said, until the operators improve their offer."
              (verb && RESUMING.has(lowerOf(tokens[r + 1]?.text ?? ''))) ||
              (subordinate && resume !== 'CCONJ' && resume !== 'PUNCT'))
          )
            resumes = r + 1;
          if (resumes >= 0) {
            const end = contentEnd(tokens, resumes, last, false, ctx);
            const [rf, rl] = trimRange(tokens, resumes, end);
            if (rl - rf >= 1 && hasVerb(tokens, rf, rl) && (verb || pl >= pf)) {
              out.push({ first: pf, last: pl, cueFirst, cueLast, hit: subject });
              out.push({ first: rf, last: rl, cueFirst, cueLast, hit: subject });
              previous = subject;
              floor = rl + 1;
              k = rl + 1;
              continue;
            }
          }
          if (pl - pf >= 2 && verb) {
            out.push({ first: pf, last: pl, cueFirst, cueLast, hit: subject });
            previous = subject;
            floor = Math.max(k, subject.last) + 1;
            k = floor;
            continue;
          }
        }
      }
    }
    // "Rubio says, win or lose, he is staying": the content follows the comma.
    if (hit && hit.first < k && c <= last && tokens[c]!.text === ',' && !belief) {
      const end = contentEnd(tokens, c + 1, last, false, ctx);
      const [cf, cl] = trimRange(tokens, c + 1, end);
      if (cl - cf >= 3 && hasVerb(tokens, cf, cl) && !ctx.inQuote[cf]) {
        out.push({ first: cf, last: closeMark(cl, ctx), cueFirst, cueLast, hit });
        previous = hit;
        floor = cl + 1;
        k = cl + 1;
        continue;
      }
    }
    k++;
  }
}

/** The speech cue right before a clause's subject at `first` ("said (that) the blaze"), or -1. */
function cueBeforeContent(tokens: Token[], first: number): number {
  let k = first - 1;
  if (lowerOf(tokens[k]?.text ?? '') === 'that') k--;
  return k >= 0 && isSpeechCue(tokens[k]!) ? k : -1;
}

/** Participles that report what someone brought up, only after a comma ("..., citing ..."). */
const PARTICIPLE_CUES = new Set(['citing', 'referring', 'referencing', 'pointing', 'recalling']);
const BE_FORMS = new Set(['was', 'were', 'is', 'are', 'been', 'being', 'be', 'now']);
const THAT_ONLY = new Set([
  'continue',
  'respond',
  'reply',
  'answer',
  'agree',
  'read',
  'post',
  'text',
]);
const DOCUMENT_NOUNS = new Set([
  'statement',
  'letter',
  'tweet',
  'post',
  'release',
  'video',
  'message',
  'email',
  'note',
  'memo',
  'speech',
]);
const RESUMING = new Set(['because', 'until', 'unless', 'if', 'although', 'since', 'as']);
const SUBORDINATORS = new Set([
  'as',
  'while',
  'although',
  'though',
  'because',
  'when',
  'if',
  'since',
  'after',
  'before',
  'once',
  'until',
  'unless',
  'whereas',
  'which',
  'that',
]);
/** Plain verbs of saying, whose prepositional phrases set the scene ("said in an interview"). */
const SAY_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'state', 'speak', 'continue']);
const COMPLEMENTIZERS = new Set(['if', 'whether', 'how', 'why', 'what', 'when', 'where', 'who']);

/**
 * True when the words from `c` can open a reported clause: anything but a preposition or a
 * subordinator, or a short phrase of those followed by a subject ("in Lisbon the port ...").
 */
function clauseAfterLead(tokens: Token[], c: number, last: number, say: boolean): boolean {
  const lead = tokens[c]!;
  const lower = lowerOf(lead.text);
  if (lead.pos === 'SCONJ') return COMPLEMENTIZERS.has(lower);
  // "warned of ...", "joked about ...", "railed against ...": the phrase is what was said.
  if (lead.pos !== 'ADP' || !say) return true;
  // A phrase that only sets the scene ends the sentence or runs into a comma, a subordinator,
  // an infinitive or a participle: "said in an interview before ...", "said on stage to ...".
  let b = c + 1;
  while (b <= last && b - c <= 8 && (PP_TAGS.has(tokens[b]!.pos) || tokens[b]!.pos === 'ADP')) b++;
  if (b > last) return false;
  const next = tokens[b]!;
  if (next.pos === 'SCONJ' || next.pos === 'PART' || next.text === ',' || next.text === '.')
    return false;
  return !(next.pos === 'VERB' && next.text.endsWith('ing'));
}
const PP_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** The attribution at `from` closes a direct quote: `"...," she said` / `"..." said Duarte`. */
function attributesQuoteBefore(from: number, ctx: SpeakerContext): boolean {
  let p = from - 1;
  const tokens = ctx.layer.tokens;
  while (p >= 0 && (tokens[p]!.text === ',' || tokens[p]!.text === '—') && !ctx.inQuote[p]) p--;
  // The closing mark of a quote, not the opening mark of the one the cue stands in.
  return (
    p > 0 &&
    ctx.inQuote[p] === 1 &&
    ctx.inQuote[p - 1] === 1 &&
    ctx.index.sentenceOf[p] === ctx.index.sentenceOf[from]
  );
}

/** Keeps the closing mark of a partial quote that ends the content: `was "a betrayal"`. */
function closeMark(last: number, ctx: SpeakerContext): number {
  const tokens = ctx.layer.tokens;
  if (!ctx.inQuote[last]) return last;
  // `was "a betrayal."`: over the punctuation inside the marks too.
  let k = last + 1;
  while (k - last <= 3 && ctx.inQuote[k] && tokens[k]?.pos === 'PUNCT') {
    if (QUOTE_CLOSE.has(tokens[k]!.text)) return k;
    k++;
  }
  return last;
}
const QUOTE_CLOSE = new Set(['"', '”', '’', '»', "'", "''", '“']);

const SOURCE_STOPS = new Set([',', ';', '.', '!', '?', '—', '--', '–', ':', '(', ')']);
const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they', it: 'it' };

/**
 * The source after "according to": every word up to the next comma or stop, whatever the
 * tagger made of them ("his Facebook profile", "early results of the exit poll conducted by
 * Edison Research"). A person named in it is the speaker; otherwise the phrase, with the body it
 * names.
 */
function accordingSource(from: number, last: number, ctx: SpeakerContext): SpeakerHit | null {
  const { tokens, text } = ctx.layer;
  let end = from;
  while (
    end <= last &&
    end - from < 24 &&
    !SOURCE_STOPS.has(tokens[end]!.text) &&
    !ctx.inQuote[end] &&
    !(end > from && tokens[end]!.pos === 'SCONJ')
  )
    end++;
  const lastWord = end - 1;
  if (lastWord < from) return null;
  const single = lowerOf(tokens[from]!.text);
  if (lastWord === from && Object.hasOwn(OBJECT_PRONOUNS, single)) {
    const token = tokens[from]!;
    return {
      span: { start: token.start, end: token.end },
      ref: null,
      pronoun: OBJECT_PRONOUNS[single]!,
      phrase: null,
      first: from,
      last: from,
    };
  }
  let org: MentionRef | null = null;
  for (let k = from; k <= lastWord; k++) {
    const ref = ctx.mentions.atToken[k];
    if (ref?.entity.type === 'person') return hitOfMention(ref, ctx);
    if (ref && ref.entity.type !== 'place') org ??= ref;
  }
  const span = { start: tokens[from]!.start, end: tokens[lastWord]!.end };
  return {
    span,
    ref: org,
    pronoun: null,
    phrase: text.slice(span.start, span.end),
    first: from,
    last: lastWord,
  };
}

/** "..., according to X." and "According to X, ...". */
function according(k: number, first: number, last: number, ctx: SpeakerContext): Found | null {
  const { tokens } = ctx.layer;
  const hit = accordingSource(k + 2, last, ctx);
  if (!hit) return null;
  if (k === first || (k === first + 1 && tokens[first]!.pos === 'PUNCT')) {
    let c = Math.max(hit.last, k + 2);
    while (c <= last && c - k < 28 && !SOURCE_STOPS.has(tokens[c]!.text)) c++;
    if (c > last || tokens[c]!.text !== ',') return null;
    const end = contentEnd(tokens, c + 1, last, false, ctx);
    const [cf, cl] = trimRange(tokens, c + 1, end);
    if (cl - cf < 2 || !hasVerb(tokens, cf, cl)) return null;
    return { first: cf, last: closeMark(cl, ctx), cueFirst: k, cueLast: k + 1, hit };
  }
  const [cf, cl] = trimRange(tokens, first, k - 1);
  if (cl - cf < 2 || !hasVerb(tokens, cf, cl) || ctx.inQuote[cf] || ctx.inQuote[cl]) return null;
  return { first: cf, last: cl, cueFirst: k, cueLast: k + 1, hit };
}

/** Indirect quotes of the article, one per sentence at most, outside quote marks. */
export function indirectQuotes(
  ctx: SpeakerContext,
  /** Only the sentences of these tokens, cut to them: the running text inside a direct quote. */
  within?: { first: number; last: number },
): Quote[] {
  const { tokens, text, sentences } = ctx.layer;
  const found: Found[] = [];
  // Sentences as the splitter found them, joined over a full stop glued to the next word
  // ("(D-N." | "Y.) said") and cut at paragraph breaks (a headline without a full stop).
  let first = -1;
  const fromSentence = within ? ctx.index.sentenceOf[within.first]! : 0;
  const toSentence = within ? ctx.index.sentenceOf[within.last]! : sentences.length - 1;
  for (let s = fromSentence; s <= toSentence; s++) {
    if (ctx.index.sentenceFirst[s]! < 0) continue;
    const a = Math.max(ctx.index.sentenceFirst[s]!, within?.first ?? 0);
    const b = Math.min(ctx.index.sentenceLast[s]!, within?.last ?? tokens.length);
    if (first < 0) first = a;
    const next = ctx.index.sentenceFirst[s + 1] ?? -1;
    const glued =
      next === b + 1 &&
      tokens[b]!.text === '.' &&
      tokens[next]!.start === tokens[b]!.end &&
      ctx.index.paragraphOf[next] === ctx.index.paragraphOf[b];
    if (glued) continue;
    let from = first;
    for (let t = first + 1; t <= b; t++)
      if (ctx.index.paragraphOf[t] !== ctx.index.paragraphOf[t - 1]) {
        inSentence(from, t - 1, ctx, found);
        from = t;
      }
    inSentence(from, b, ctx, found);
    first = -1;
  }
  const quotes: Quote[] = [];
  for (const f of found) {
    const cueSpan = { start: tokens[f.cueFirst]!.start, end: tokens[f.cueLast]!.end };
    const sentenceEnd = sentences[ctx.index.sentenceOf[f.last]!]?.end ?? text.length;
    const speaker = f.hit ? toSpeaker(f.hit, ctx, sentenceEnd).speaker : null;
    for (const [first, last] of quotedConjuncts(tokens, ctx.inQuote, f.first, f.last)) {
      const start = tokens[first]!.start;
      let end = tokens[last]!.end;
      // The tokenizer sometimes keeps a sentence's full stop on its last word ("in.").
      if (
        end - start > 1 &&
        text[end - 1] === '.' &&
        last === ctx.index.sentenceLast[ctx.index.sentenceOf[last]!]
      )
        end--;
      quotes.push({
        start,
        end,
        text: text.slice(start, end),
        kind: 'indirect',
        cue: text.slice(cueSpan.start, cueSpan.end),
        cueSpan,
        speaker,
      });
    }
  }
  return quotes;
}
