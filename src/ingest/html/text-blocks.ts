/** One paragraph-like run of text: what a reader sees between two block boundaries. */
export interface TextBlock {
  /** The text with white space collapsed; `<br>` breaks stay as line breaks. */
  text: string;
  /** How many of the text's characters sit inside links. */
  linkChars: number;
  /** Tag name (upper case) of the nearest enclosing block element: `P`, `LI`, `H2`, `TD`… */
  tag: string;
}

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
  'BODY',
  'CENTER',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'BUTTON',
  'SELECT',
  'INPUT',
  'TEXTAREA',
  'HEAD',
]);
const SPACE_RUN = /\s+/g;

function cleanLines(raw: string): string {
  const lines: string[] = [];
  for (const line of raw.split('\n')) {
    const clean = line.replace(SPACE_RUN, ' ').trim();
    if (clean) lines.push(clean);
  }
  return lines.join('\n');
}

/**
 * The text of a DOM subtree as blocks: block elements break blocks, inline elements flow, white
 * space collapses as a browser would show it, and `<br>` becomes a line break inside its block.
 */
export function textBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const tags: string[] = ['BODY'];
  let current = '';
  let linkChars = 0;
  const flush = () => {
    const text = cleanLines(current);
    if (text)
      blocks.push({
        text,
        linkChars: Math.min(linkChars, text.length),
        tag: tags[tags.length - 1] ?? 'BODY',
      });
    current = '';
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean) => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      current += value;
      if (inLink) linkChars += value.replace(SPACE_RUN, ' ').length;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName?.toUpperCase() ?? '';
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      current += '\n';
      return;
    }
    const block = BLOCK.has(tag);
    if (block) {
      flush();
      tags.push(tag);
    }
    const link = inLink || tag === 'A';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, link);
    if (block) {
      flush();
      tags.pop();
    }
  };
  walk(root, false);
  flush();
  return blocks;
}

/** Share of a block's characters that sit inside links, 0 to 1. */
export function linkDensity(block: TextBlock): number {
  return block.text.length ? block.linkChars / block.text.length : 0;
}
