/**
 * Words news reports use interchangeably for the same happening, folded to one form so that
 * alignment sees "walkout" and "strike", "hurt" and "injured" as the same word. Kept small and
 * general: a word joins a group only when it almost never means anything else in a report.
 */
const GROUPS: string[][] = [
  ['strike', 'walkout', 'stoppage'],
  ['injure', 'hurt', 'wound', 'injury', 'injured', 'wounded'],
  ['kill', 'dead', 'death', 'die', 'fatality'],
  ['evacuate', 'evacuation', 'evacuee'],
  ['fire', 'blaze', 'flame'],
  ['ship', 'vessel'],
  ['arrest', 'detain', 'detention'],
  ['talk', 'negotiation', 'negotiate'],
  ['rise', 'increase', 'raise'],
  ['flood', 'flooding', 'inundate', 'overflow'],
  ['quake', 'earthquake', 'tremor'],
  ['resident', 'inhabitant'],
  ['meeting', 'meet'],
  ['collapse', 'founder'],
  ['government', 'cabinet'],
  ['offer', 'proposal', 'propose'],
  ['end', 'conclude', 'finish'],
  ['begin', 'start'],
  ['announce', 'declare'],
  ['buy', 'acquire', 'purchase', 'acquisition'],
  ['explosion', 'blast'],
  ['happen', 'occur'],
];

const CANONICAL = new Map<string, string>();
for (const group of GROUPS)
  for (const word of group) if (!CANONICAL.has(word)) CANONICAL.set(word, group[0]!);

/** The group's first word for a word in a synonym group, else the word itself. */
export const foldSynonym = (lemma: string) => CANONICAL.get(lemma) ?? lemma;
