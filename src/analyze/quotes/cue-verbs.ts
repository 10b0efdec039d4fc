/** Reporting verbs (lemmas) that introduce what someone said. */
export const SPEECH_LEMMAS = new Set(
  `say tell add warn argue claim insist deny state note explain announce suggest acknowledge declare write tweet post
   report continue recall reply respond answer predict promise vow pledge reveal confirm admit stress concede assert
   complain observe remark comment caution emphasise emphasize maintain contend allege testify mention ask quip joke
   boast lament counter retort exclaim whisper shout yell scream muse conclude email text inform assure remind
   reiterate repeat estimate tout agree disclose charge accuse urge plead wonder speculate recount acknowledged
   brag concur read agree disagree describe proclaim complain cry sigh snap say write demand chant sing
   lecture interject scoff marvel gush fume grumble rail thunder`
    .split(/\s+/)
    .filter(Boolean),
);

/** Surface forms, for when the tagger's lemma is off ("says" tagged as a noun). */
export const SPEECH_FORMS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'wrote',
  'writes',
  'tweeted',
  'warned',
  'asked',
  'stated',
  'noted',
  'explained',
  'argued',
  'insisted',
  'claimed',
  'denied',
  // Present forms the tagger often reads as nouns ("which insurers say are ...").
  'say',
  'estimates',
  'estimated',
  'announced',
  'announces',
  'confirmed',
  'confirms',
  'reported',
  'reports',
  'warns',
  'insists',
  'argues',
  'claims',
  'denies',
  'notes',
  'predicted',
  'predicts',
  'promised',
  'vowed',
  'urged',
  'stressed',
  'admitted',
  'acknowledged',
  'acknowledges',
]);

/** Verbs of belief that report someone's view only with a "that" clause ("she believes that ..."). */
export const BELIEF_LEMMAS = new Set([
  'think',
  'believe',
  'feel',
  'fear',
  'hope',
  'expect',
  'know',
  'worry',
  'doubt',
  'predict',
  'estimate',
  'find',
]);

/** Verbs that take the listener as an object before the reported clause ("told reporters that"). */
export const OBJECT_LEMMAS = new Set([
  'tell',
  'inform',
  'assure',
  'remind',
  'warn',
  'ask',
  'urge',
  'email',
  'text',
]);

/** Participle forms that hang off a main clause ("..., saying the plan would fail"). */
export const PARTICIPLES = new Set([
  'saying',
  'adding',
  'noting',
  'arguing',
  'warning',
  'claiming',
  'insisting',
  'explaining',
  'telling',
  'stating',
  'calling',
  'suggesting',
  'declaring',
]);

/** Verb + particle phrases that report speech ("as Duarte put it", "she went on", "he shot back"). */
export const PHRASAL_CUES = new Map<string, string[]>([
  ['put', ['it']],
  ['go', ['on']],
  ['shoot', ['back']],
  ['fire', ['back']],
  ['hit', ['back']],
  ['point', ['out']],
  ['chime', ['in']],
  ['weigh', ['in']],
  ['cry', ['out']],
  ['sum', ['up']],
  ['speak', ['out', 'up']],
]);

/** Verbs that frame a partial quote in their clause ("called the deal “a victory”"). */
export const FRAMING_LEMMAS = new Set([
  'call',
  'describe',
  'dub',
  'brand',
  'label',
  'term',
  'thank',
  'praise',
  'criticize',
  'criticise',
  'condemn',
  'dismiss',
  'hail',
  'blame',
  'accuse',
  'promise',
  'pledge',
  'vow',
]);

/** Verbs that report speech through a noun: "made the case that", "gave assurances that". */
export const LIGHT_VERBS = new Set([
  'make',
  'give',
  'offer',
  'express',
  'voice',
  'issue',
  'repeat',
  'reiterate',
  'press',
  'raise',
]);

/** The nouns of those phrases: "the case", "the point", "assurances", "a warning", "concern". */
export const SPEECH_NOUNS = new Set([
  'case',
  'point',
  'argument',
  'claim',
  'assurance',
  'warning',
  'promise',
  'pledge',
  'prediction',
  'confidence',
  'concern',
  'hope',
  'view',
  'fear',
  'clear',
]);
