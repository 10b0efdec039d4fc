import { describe, expect, it } from 'vitest';
import {
  furnitureReason,
  keepArticleBlocks,
} from '../../../src/ingest/html/paragraph-classifier.js';
import type { TextBlock } from '../../../src/ingest/html/text-blocks.js';

const p = (text: string, linkChars = 0, tag = 'P'): TextBlock => ({ text, linkChars, tag });

describe('furnitureReason', () => {
  it('marks link lists, labels, dates, copyright and credit lines', () => {
    expect(furnitureReason(p('Storm warning for the weekend', 29, 'LI'))).toBe('links');
    expect(furnitureReason(p('Share this article'))).toBe('label');
    expect(furnitureReason(p('Weiterlesen »'))).toBe('label');
    expect(furnitureReason(p('Ähnliche Beiträge:'))).toBe('label');
    expect(furnitureReason(p('12. März 2031, 14:30 Uhr'))).toBe('date');
    expect(furnitureReason(p('Posted on April 8, 2031'))).toBe('date');
    expect(furnitureReason(p('© 2031 Eastmere Gazette'))).toBe('copyright');
    expect(furnitureReason(p('Foto: Harbour Office Eastmere'))).toBe('credit');
  });

  it('keeps sentences, even short ones and ones with a link', () => {
    expect(furnitureReason(p('Who pays?'))).toBeNull();
    expect(
      furnitureReason(
        p(
          'The council published the inspection report on its website on Tuesday evening, together with the photos of all three pylons.',
          20,
        ),
      ),
    ).toBeNull();
    expect(furnitureReason(p('Die Fähre fährt ab Mai wieder stündlich.'))).toBeNull();
  });
});

describe('keepArticleBlocks', () => {
  it('drops a heading whose section lost all its text, and scraps before the first sentence', () => {
    const kept = keepArticleBlocks([
      p('By Ada Quill'),
      p('The ferry pier closes on Monday after inspectors found cracks in its pylons.'),
      p('What happens next', 0, 'H2'),
      p('Engineers will decide within a month whether the pier can be repaired.'),
      p('More from the harbour', 0, 'H3'),
      p('Harbour fees rise again', 23, 'LI'),
      p('New ferry line to Westholm', 26, 'LI'),
    ]).map((block) => block.text);
    expect(kept).toEqual([
      'The ferry pier closes on Monday after inspectors found cracks in its pylons.',
      'What happens next',
      'Engineers will decide within a month whether the pier can be repaired.',
    ]);
  });
});
