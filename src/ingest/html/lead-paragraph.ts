import { elementNames, namesMatch } from './element-names.js';
import { linkDensity, textBlocks } from './text-blocks.js';

/** Names of the standfirst that news pages put between the headline and the body. */
const LEAD_WORDS = new Set([
  'lead',
  'lede',
  'intro',
  'teaser',
  'subtitle',
  'subheadline',
  'standfirst',
  'excerpt',
  'summary',
  'abstract',
  'dek',
  'sapo',
  'chapo',
  'subline',
  'vorspann',
]);
const LEAD_PARTS = [
  'articlelead',
  'storylead',
  'leadtext',
  'introtext',
  'articleintro',
  'teasertext',
  'subtitle',
];

/** How far up from the headline the lead is looked for. */
const ANCESTOR_LEVELS = 4;

const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '"', '”', '“', '»', '«', ')']);

/** The lead's text when it reads as a lead: one to a few sentences, few links. */
function leadText(element: Element): string | null {
  const blocks = textBlocks(element);
  const text = blocks.map((block) => block.text).join('\n');
  if (text.length < 40 || text.length > 800) return null;
  // A short subtitle without a full stop is a second headline, not part of the article's text.
  if (text.length < 100 && !SENTENCE_ENDS.has(text[text.length - 1]!)) return null;
  const linkChars = blocks.reduce((sum, block) => sum + block.linkChars, 0);
  if (linkDensity({ text, linkChars, tag: 'DIV' }) > 0.3) return null;
  return text;
}

/**
 * The lead (standfirst, teaser, subtitle) that follows the page's headline, when the page marks it
 * by name. Body selectors and Readability often leave it out because it sits in the article header.
 */
export function findLeadParagraph(body: Element): string | null {
  const headline = body.querySelector('h1');
  if (!headline) return null;
  let scope: Element | null = headline.parentElement;
  for (let level = 0; scope && level < ANCESTOR_LEVELS; level++, scope = scope.parentElement) {
    let afterHeadline = false;
    for (const element of scope.querySelectorAll('*')) {
      if (element === headline) {
        afterHeadline = true;
        continue;
      }
      if (!afterHeadline || headline.contains(element)) continue;
      const names = elementNames(element);
      if (!names.joined || !namesMatch(names, LEAD_WORDS, LEAD_PARTS)) continue;
      const text = leadText(element);
      if (text) return text;
    }
  }
  return null;
}
