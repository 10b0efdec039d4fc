import { elementNames, namesMatch } from './element-names.js';

/** Elements that never hold article text. */
const DROPPED_TAGS = new Set([
  'NAV',
  'ASIDE',
  'FOOTER',
  'DIALOG',
  'MENU',
  'FIGCAPTION',
  'BUTTON',
  'SELECT',
  'TEXTAREA',
  'INPUT',
  'LABEL',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
]);

const DROPPED_ROLES = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
]);

/** Whole words in `class`/`id` that mark page furniture. */
const BOILERPLATE_WORDS = new Set([
  'nav',
  'navi',
  'navbar',
  'menu',
  'submenu',
  'menubar',
  'footer',
  'sidebar',
  'share',
  'shares',
  'sharing',
  'social',
  'sociable',
  'related',
  'newsletter',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comments',
  'comment',
  'respond',
  'disqus',
  'popup',
  'modal',
  'subscribe',
  'subscription',
  'promo',
  'advert',
  'advertisement',
  'ad',
  'ads',
  'sponsored',
  'outbrain',
  'taboola',
  'tags',
  'taglist',
  'pagination',
  'pager',
  'author',
  'byline',
  'bio',
  'rating',
  'login',
  'signin',
  'skip',
  'toolbar',
  'meta',
  'caption',
  'copyright',
  'recommended',
  'recommendations',
  'teasers',
  'akismet',
  'lightbox',
  'noprint',
  'postmeta',
  'tagcloud',
  'categories',
  'crumbs',
  'sharedaddy',
]);

/** Parts of run-together `class`/`id` names that mark page furniture. */
const BOILERPLATE_PARTS = [
  'related',
  'newsletter',
  'cookie',
  'consent',
  'breadcrumb',
  'sidebar',
  'footer',
  'navigation',
  'navbar',
  'sharing',
  'sharebar',
  'sharebutton',
  'socialmedia',
  'socialshare',
  'outbrain',
  'taboola',
  'advertis',
  'sponsor',
  'subscribe',
  'recommend',
  'mostread',
  'mostpopular',
  'popularposts',
  'readalso',
  'alsoread',
  'commentlist',
  'commentform',
  'comments',
  'authorbox',
  'authorbio',
  'aboutauthor',
  'postnav',
  'pagenav',
  'nextpost',
  'prevpost',
  'previouspost',
  'moreposts',
  'topstories',
  'morestories',
  'mehrzumthema',
  'weitereartikel',
  'tagcloud',
  'taglist',
  'postmeta',
  'entrymeta',
  'articlemeta',
  'socialicons',
];

/** Names that mark the article itself: a furniture word in them (`post-header`) does not count. */
const CONTENT_PARTS = [
  'articlebody',
  'articletext',
  'articlecontent',
  'entrycontent',
  'postcontent',
  'postbody',
  'storybody',
  'maincontent',
];

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (!style) return false;
  const compact = style.toLowerCase().replaceAll(' ', '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/** Why an element is page furniture (`tag`, `role`, `hidden` or the matching name), or null. */
export function boilerplateReason(element: Element): string | null {
  const tag = element.tagName.toUpperCase();
  if (DROPPED_TAGS.has(tag)) return 'tag';
  const role = element.getAttribute('role');
  if (role && DROPPED_ROLES.has(role.toLowerCase())) return 'role';
  if (isHidden(element)) return 'hidden';
  // A date standing on its own is page furniture; one inside a sentence is part of the sentence.
  if (tag === 'TIME' && !element.closest('p')) return 'tag';
  // The tags that frame an article are kept whatever their classes say (WordPress puts
  // `tag-…` and `category-…` classes on every post).
  if (tag === 'ARTICLE' || tag === 'MAIN' || tag === 'BODY' || tag === 'HTML') return null;
  const names = elementNames(element);
  if (!names.joined) return null;
  if (CONTENT_PARTS.some((part) => names.joined.includes(part))) return null;
  return namesMatch(names, BOILERPLATE_WORDS, BOILERPLATE_PARTS);
}

function isPageHeader(element: Element): boolean {
  if (element.tagName.toUpperCase() !== 'HEADER') return false;
  return !element.querySelector('h1') && !element.closest('article, main');
}

/**
 * Removes navigation, headers and footers, sidebars, sharing, comment, newsletter and consent
 * blocks and hidden elements from `root`. The `keep` elements are never removed, nor is anything
 * that holds one of them or most of the page's text: a wrapper with an unlucky class name must not
 * take the article with it.
 */
export function removeBoilerplate(root: Element, keep: readonly Element[]): void {
  const pageLength = (root.textContent ?? '').length;
  const holdsMostText = (element: Element) => (element.textContent ?? '').length > pageLength * 0.6;
  const walk = (parent: Element) => {
    for (let child = parent.firstElementChild, next: Element | null; child; child = next) {
      next = child.nextElementSibling;
      const element = child;
      const removable =
        (boilerplateReason(element) !== null || isPageHeader(element)) &&
        !keep.some((kept) => element.contains(kept)) &&
        !element.querySelector('[itemprop="articleBody"]') &&
        !holdsMostText(element);
      if (removable) element.remove();
      else walk(element);
    }
  };
  walk(root);
}
