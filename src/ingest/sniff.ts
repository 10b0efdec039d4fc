/** The formats crosscheck reads, told apart by content first and by name only where content is silent. */
export type InputFormat =
  'gzip' | 'warc' | 'html' | 'feed' | 'jsonl' | 'dated-text' | 'text' | 'binary' | 'empty';

const DATED_TEXT = /^\s*date\s+\d{4}-\d{2}-\d{2}(?:[ \t]|\r?\n|$)/;

function looksBinary(head: Uint8Array): boolean {
  if (head.length === 0) return false;
  // UTF-16 text has NUL bytes too, but announces itself with a byte order mark.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
    return false;
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) controls++;
  }
  return controls / head.length > 0.05;
}

function headText(head: Uint8Array): string {
  if (head[0] === 0xff && head[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(head.subarray(2));
  if (head[0] === 0xfe && head[1] === 0xff)
    return new TextDecoder('utf-16be').decode(head.subarray(2));
  const skip = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  return Buffer.from(head.subarray(skip)).toString('latin1');
}

/** Picks a reader from the first bytes of an input (64 KiB are plenty) and, as a tie-breaker, its name. */
export function sniffFormat(head: Uint8Array, name = ''): InputFormat {
  if (head.length === 0) return 'empty';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (looksBinary(head.subarray(0, 8192))) return 'binary';
  const start = headText(head.subarray(0, 8192));
  const trimmed = start.trimStart();
  if (trimmed.length === 0) return 'empty';
  if (trimmed.startsWith('WARC/')) return 'warc';
  if (DATED_TEXT.test(start)) return 'dated-text';
  if (trimmed.startsWith('<')) {
    const lower = trimmed.slice(0, 4096).toLowerCase();
    if (/<(?:rss|feed|rdf:rdf)[\s>]/.test(lower) && !/<html[\s>]/.test(lower)) return 'feed';
    return 'html';
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return 'jsonl';
  if (/\.(?:html?|xhtml)$/i.test(name) && /<(?:p|div|body|html)[\s>]/i.test(trimmed)) return 'html';
  return 'text';
}
