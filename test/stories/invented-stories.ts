import { analyzeArticle } from '../../src/analyze/analyze-article.js';
import { finishArticle } from '../../src/ingest/finish-article.js';
import type { Article } from '../../src/model/article.js';
import { ReadError } from '../../src/model/read-error.js';
import type { ArticleFeatures } from '../../src/stories/story.js';
import { storyFeatures } from '../../src/stories/story-features.js';

/**
 * Invented reports of invented events: two dock strikes of the same kind at two ports six weeks
 * apart (different unions, people and places), each retold by several outlets, and an unrelated
 * earthquake.
 */
export const BRENMOUTH_STRIKE = [
  {
    outlet: 'Tidewater Gazette',
    title: 'Brenmouth dockers walk out over night-shift pay',
    published: '2032-03-01',
    text: `BRENMOUTH — About 900 dockers at the Port of Brenmouth walked off the job on Monday in a dispute over night-shift pay, leaving eleven container ships waiting in the Kessel estuary.

The Brenmouth Dockers' Guild said the strike would last until the port operator Halvard Terminals restores the night allowance it cut in January. "We will not unload a single box until the allowance is back," said Idris Kallow, the guild's general secretary.

Halvard Terminals called the walkout unlawful and said it had offered a 2 percent rise. Harbour master Oona Pettigrew said the queue of ships could reach twenty by Wednesday.`,
  },
  {
    outlet: 'Northgate Courier',
    title: 'Ships queue in Kessel estuary as Brenmouth port strike begins',
    published: '2032-03-01',
    text: `Eleven container vessels were anchored in the Kessel estuary on Monday after dock workers at Brenmouth stopped work over cuts to their night-shift allowance.

Idris Kallow, general secretary of the Brenmouth Dockers' Guild, told reporters the 900 strikers would stay out until Halvard Terminals reversed the January cut. The operator said the stoppage was unlawful and that its offer of a 2 percent rise stood.

Oona Pettigrew, the Brenmouth harbour master, warned that twenty ships could be waiting by midweek.`,
  },
  {
    outlet: 'Fenwick Evening Post',
    title: 'Brenmouth strike enters third day with no talks planned',
    published: '2032-03-03',
    text: `The strike at the Port of Brenmouth entered its third day on Wednesday with no talks planned between the Brenmouth Dockers' Guild and Halvard Terminals.

Twenty ships are now waiting in the Kessel estuary, harbour master Oona Pettigrew said. Guild leader Idris Kallow said members were ready to stay out for weeks over the night-shift allowance, while Halvard Terminals repeated that its 2 percent offer was final.`,
  },
];

export const SALTREACH_STRIKE = [
  {
    outlet: 'Tidewater Gazette',
    title: 'Saltreach stevedores strike against crane automation',
    published: '2032-04-12',
    text: `SALTREACH — Some 1,400 stevedores at the Port of Saltreach began a 72-hour strike on Monday against plans to replace crane drivers with remote-controlled cranes at the Marrow Quay terminal.

The Saltreach Stevedores Union said the plan by Corvane Logistics would cost 300 jobs. "Automation without agreement is theft of our work," union president Mirela Vostrin told a rally outside the terminal gates.

Corvane Logistics said the remote cranes were safer and that no worker would be dismissed before 2034.`,
  },
  {
    outlet: 'Lowland Herald',
    title: 'Marrow Quay falls silent as Saltreach strike starts',
    published: '2032-04-12',
    text: `Work stopped at the Marrow Quay terminal in Saltreach on Monday as 1,400 stevedores began a three-day strike over Corvane Logistics' plan for remote-controlled cranes.

Mirela Vostrin, president of the Saltreach Stevedores Union, said 300 crane drivers would lose their jobs. Corvane Logistics replied that the cranes were safer and promised no dismissals before 2034.`,
  },
  {
    outlet: 'Fenwick Evening Post',
    title: 'Saltreach crane dispute: union and Corvane to meet',
    published: '2032-04-14',
    text: `The Saltreach Stevedores Union and Corvane Logistics agreed on Wednesday to meet next week, as the 72-hour strike at the Marrow Quay terminal came to an end.

Union president Mirela Vostrin said the remote-controlled cranes remained unacceptable without a jobs guarantee for the 300 crane drivers.`,
  },
];

/** A report six weeks after the Brenmouth strike began: how it ended. */
export const BRENMOUTH_FOLLOW_UP = {
  outlet: 'Harbour Ledger',
  title: 'Brenmouth dockers end six-week strike as night-shift pay is restored',
  published: '2032-04-14',
  text: `BRENMOUTH — Dockers at the Port of Brenmouth voted on Wednesday to end the strike over night-shift pay that began on March 1, after Halvard Terminals agreed to restore the night allowance it cut in January.

Idris Kallow, general secretary of the Brenmouth Dockers' Guild, said the walkout had won back "every penny" of the allowance. Harbour master Oona Pettigrew said the ships still waiting in the Kessel estuary would be unloaded by the weekend.`,
};

/** A report fourteen months after the Brenmouth strike: the court's ruling on it. */
export const BRENMOUTH_RULING = {
  outlet: 'Lowland Herald',
  title: 'Court rules Brenmouth dock strike was lawful',
  published: '2033-05-18',
  text: `The labour court in Fenwick ruled on Tuesday that the strike at the Port of Brenmouth over night-shift pay was lawful, rejecting the claim by Halvard Terminals that the walkout by the Brenmouth Dockers' Guild had broken the law.

Idris Kallow, general secretary of the Brenmouth Dockers' Guild, said the ruling vindicated the dockers who kept eleven container ships waiting in the Kessel estuary. Halvard Terminals said it would study the judgment on the night allowance.`,
};

export const KAVRIN_EARTHQUAKE = [
  {
    outlet: 'Lowland Herald',
    title: 'Magnitude 6.2 earthquake shakes Kavrin valley',
    published: '2032-03-02',
    text: `A magnitude 6.2 earthquake struck the Kavrin valley early on Tuesday, damaging old stone houses in the town of Ostrela and cutting power to 40,000 homes.

Civil protection chief Teodor Blask said two people were injured by falling masonry. Seismologists at the Ostrela Observatory recorded more than thirty aftershocks.`,
  },
];

export interface InventedArticle {
  article: Article;
  features: ArticleFeatures;
}

/** An invented report as the clustering sees it: a finished article and its story features. */
export function invented(
  draft: { outlet: string; title?: string | null; published?: string | null; text: string },
  changes: { published?: string | null; language?: string } = {},
): InventedArticle {
  const article = finishArticle(
    {
      source: `test:${draft.outlet}:${draft.title ?? draft.text.slice(0, 30)}`,
      url: null,
      outlet: draft.outlet,
      title: draft.title ?? null,
      published: changes.published === undefined ? (draft.published ?? null) : changes.published,
      text: draft.text,
      language: changes.language ?? null,
    },
    draft.outlet,
  );
  if (article instanceof ReadError) throw new Error(article.message);
  return { article, features: storyFeatures(article, analyzeArticle(article)) };
}
