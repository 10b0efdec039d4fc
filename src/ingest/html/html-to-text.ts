import { joinParagraphs } from '../normalize-text.js';
import { textBlocks } from './text-blocks.js';

/**
 * The text of a DOM subtree as paragraphs: block elements break paragraphs, inline elements flow,
 * white space collapses as a browser would show it, and `<br>` breaks lines inside a paragraph.
 */
export function htmlToText(root: Node): string {
  return joinParagraphs(textBlocks(root).map((block) => block.text));
}
