import { linkDensity, type TextBlock } from './text-blocks.js';

/** Labels of page furniture, compared with a short block's whole text (lower case, no end colon). */
const FURNITURE_LABELS = new Set([
  'share',
  'share this',
  'share this article',
  'share this post',
  'share on facebook',
  'share on twitter',
  'teilen',
  'artikel teilen',
  'beitrag teilen',
  'jetzt teilen',
  'diesen artikel teilen',
  'seite teilen',
  'read more',
  'read also',
  'see also',
  'more',
  'continue reading',
  'weiterlesen',
  'mehr lesen',
  'mehr',
  'lesen sie auch',
  'auch interessant',
  'das könnte sie auch interessieren',
  'das könnte dich auch interessieren',
  'mehr zum thema',
  'weitere artikel',
  'ähnliche beiträge',
  'ähnliche artikel',
  'verwandte artikel',
  'verwandte beiträge',
  'related',
  'related posts',
  'related articles',
  'related stories',
  'you may also like',
  'you might also like',
  'most read',
  'most popular',
  'meistgelesen',
  'top-artikel',
  'tags',
  'schlagwörter',
  'schlagworte',
  'themen',
  'kategorien',
  'categories',
  'filed under',
  'comments',
  'kommentare',
  'kommentar',
  'leave a reply',
  'leave a comment',
  'schreibe einen kommentar',
  'kommentar schreiben',
  'kommentare schreiben',
  'antworten',
  'reply',
  'advertisement',
  'anzeige',
  'werbung',
  'newsletter',
  'print',
  'drucken',
  'e-mail',
  'email',
  'facebook',
  'twitter',
  'whatsapp',
  'pinterest',
  'linkedin',
  'xing',
  'zurück',
  'back',
  'nach oben',
  'back to top',
  'top',
  'gefällt mir',
  'like this',
  'loading...',
  'lädt...',
  'beitragsbild',
  'foto',
  'bild',
  'photo',
  'image',
  'kommentieren',
  'kontakt',
  'permalink',
  'druckversion',
  'pdf',
  'bild anzeigen',
  'bild schließen',
  'quellen anzeigen',
  'quellen ausblenden',
  'mehr erfahren',
  'learn more',
  'click here',
  'hier klicken',
  'zum artikel',
  'zur startseite',
  'home',
  'startseite',
]);

const MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'januar',
  'jänner',
  'februar',
  'märz',
  'mai',
  'juni',
  'juli',
  'oktober',
  'dezember',
  'okt',
  'dez',
  'mär',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonntag',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'uhr',
  'am',
  'pm',
  'um',
  'on',
  'at',
  'den',
  'vom',
  'posted',
  'published',
  'updated',
  'veröffentlicht',
  'aktualisiert',
  'stand',
  'erstellt',
  'geschrieben',
  'datum',
  'date',
]);

/** Openings of the headings and lines that introduce more of the site rather than the article. */
const FURNITURE_OPENINGS = [
  'mehr von ',
  'mehr aus ',
  'mehr zum ',
  'mehr zu ',
  'weitere artikel',
  'weitere beiträge',
  'weitere themen',
  'weitere nachrichten',
  'neueste artikel',
  'neueste beiträge',
  'aktuelle artikel',
  'aktuelle beiträge',
  'aktuelle berichte',
  'noch mehr ',
  'lesen sie auch',
  'lesen sie mehr',
  'das könnte ',
  'empfohlene ',
  'meistgelesen',
  'ähnliche ',
  'verwandte ',
  'more from ',
  'more on ',
  'more stories',
  'more articles',
  'read also',
  'also read',
  'read more',
  'you may also',
  'you might also',
  'related ',
  'recommended ',
  'latest news',
  'latest articles',
  'latest posts',
  'recent posts',
  'popular posts',
  'most read',
  'otras noticias',
  'más noticias',
  'à lire aussi',
  'lire aussi',
  'voir aussi',
  'en savoir plus',
  'zobacz również',
  'czytaj także',
  'this entry was posted',
  'dieser beitrag wurde unter',
  'you must be logged in',
  'sie müssen angemeldet',
  'sie müssen sich einloggen',
  'bitte melden sie sich an',
];

function isFurnitureLabel(text: string): boolean {
  if (text.length > 60) return false;
  let label = text.toLowerCase().trim();
  while (label.endsWith(':') || label.endsWith('.') || label.endsWith('»') || label.endsWith('>'))
    label = label.slice(0, -1).trimEnd();
  return (
    FURNITURE_LABELS.has(label) || FURNITURE_OPENINGS.some((opening) => label.startsWith(opening))
  );
}

/** A line that is only a date or time: `12. März 2021, 14:30 Uhr`, `Posted on 2021-03-12`. */
function isDateLine(text: string): boolean {
  if (text.length > 60) return false;
  let digits = 0;
  for (const word of text.toLowerCase().split(/[\s,.:/|()–-]+/)) {
    if (!word) continue;
    if (/^\d+$/.test(word)) digits++;
    else if (!MONTHS.has(word) && !/^\d+(?:st|nd|rd|th)$/.test(word)) return false;
  }
  return digits > 0;
}

/**
 * Openings of picture credits: `Foto: …`, `Image: …`. Source lines (`Quelle: dpa`) are not among
 * them: they name the wire an article comes from, which the analysis needs.
 */
const CREDIT_OPENINGS = [
  'foto:',
  'fotos:',
  'bild:',
  'bilder:',
  'titelbild:',
  'beitragsbild:',
  'bildquelle:',
  'photo:',
  'photos:',
  'image:',
  'picture:',
  'foto ©',
  'bild ©',
  'photo ©',
  'image ©',
  'crédits photo',
  'crédit photo',
];

function isCreditLine(text: string): boolean {
  if (text.length > 100) return false;
  const lower = text.toLowerCase();
  return CREDIT_OPENINGS.some((opening) => lower.startsWith(opening));
}

/** Words of the calls to subscribe that pages put under or inside articles. */
const SUBSCRIPTION_WORDS = [
  'newsletter',
  'abonnieren',
  'abonniere',
  'subscribe',
  'sign up',
  'anmelden',
  'registrieren',
];

function isSubscriptionCall(text: string): boolean {
  if (text.length > 160) return false;
  const lower = text.toLowerCase();
  return SUBSCRIPTION_WORDS.some((word) => lower.includes(word));
}

function isCopyrightLine(text: string): boolean {
  if (text.length > 160) return false;
  const lower = text.toLowerCase();
  return (
    lower.startsWith('©') ||
    lower.startsWith('(c)') ||
    lower.startsWith('copyright') ||
    lower.includes('alle rechte vorbehalten') ||
    lower.includes('all rights reserved')
  );
}

/** Why a block is page furniture rather than article text, or null when it reads as article text. */
export function furnitureReason(block: TextBlock): string | null {
  const text = block.text;
  const density = linkDensity(block);
  // A long paragraph with a link-heavy quote is still text, and so is a table cell (a product or a
  // place in a listing); a list item or short line of links is not.
  const cell = block.tag === 'TD' || block.tag === 'TH';
  if (density > 0.5 && !cell && (block.tag === 'LI' || text.length < 120 || density > 0.8))
    return 'links';
  if (text.split('\n').every(isFurnitureLabel)) return 'label';
  if (isDateLine(text)) return 'date';
  if (isCopyrightLine(text)) return 'copyright';
  if (isCreditLine(text)) return 'credit';
  if (isSubscriptionCall(text)) return 'subscription';
  return null;
}

/** A short line that is no sentence: a byline, date, reading time or label. */
function isScrap(block: TextBlock): boolean {
  const text = block.text;
  if (text.length >= 60) return false;
  const last = text[text.length - 1];
  return (
    last !== '.' &&
    last !== '!' &&
    last !== '?' &&
    last !== '"' &&
    last !== '“' &&
    last !== '»' &&
    last !== ')'
  );
}

function headingLevel(block: TextBlock): number {
  const tag = block.tag;
  return tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6'
    ? Number(tag[1])
    : 0;
}

/**
 * Drops the blocks that read as page furniture (link lists, sharing and "read more" labels, bare
 * dates, copyright lines), the headings left with no text under them ("Related posts" over a list
 * of links that went), and the short non-sentences before the first line of text.
 */
export function keepArticleBlocks(blocks: readonly TextBlock[]): TextBlock[] {
  const furniture = blocks.map((block) => furnitureReason(block) !== null);
  const kept: TextBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    if (furniture[i]) continue;
    const level = headingLevel(blocks[i]!);
    if (level > 0) {
      let hasText = false;
      for (let j = i + 1; j < blocks.length; j++) {
        const next = headingLevel(blocks[j]!);
        if (next > 0 && next <= level) break;
        if (next === 0 && !furniture[j]) {
          hasText = true;
          break;
        }
      }
      if (!hasText) continue;
    }
    kept.push(blocks[i]!);
  }
  // Before the first sentence of an article come bylines, dates, reading times and kickers.
  while (kept.length > 1 && isScrap(kept[0]!) && headingLevel(kept[0]!) === 0) kept.shift();
  return kept;
}
