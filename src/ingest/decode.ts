import chardet from 'chardet';
import iconv from 'iconv-lite';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Names browsers treat as windows-1252 decode as windows-1252, as the WHATWG Encoding spec says. */
function canonicalCharset(name: string): string {
  const lower = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'us-ascii', 'ascii', 'l1'].includes(lower)) {
    return 'windows-1252';
  }
  if (lower === 'utf8') return 'utf-8';
  return lower;
}

function bomCharset(bytes: Uint8Array): { charset: string; skip: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return { charset: 'utf-8', skip: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', skip: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', skip: 2 };
  return null;
}

/** The charset a document declares about itself: `<meta charset>` or an XML declaration. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta =
    /<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ??
    /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return meta ? meta[1]! : null;
}

export interface DecodeOptions {
  /** A charset given by the transport, such as an HTTP Content-Type header. */
  transportCharset?: string | null;
  /** Look for a charset the document declares itself (HTML and XML). */
  documentCharset?: boolean;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    UTF8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasMultibyte(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/**
 * Turns bytes into text: the byte order mark first, then the charset the transport or the
 * document declares, then strict UTF-8, then a statistical guess. A declared single-byte charset
 * loses to valid multi-byte UTF-8, the most common mislabelling on the web.
 */
export function decodeBytes(
  bytes: Uint8Array,
  options: DecodeOptions = {},
): { text: string; charset: string } {
  const bom = bomCharset(bytes);
  if (bom)
    return {
      text: iconv.decode(Buffer.from(bytes.subarray(bom.skip)), bom.charset),
      charset: bom.charset,
    };

  const declared =
    options.transportCharset ?? (options.documentCharset ? declaredCharset(bytes) : null);
  const valid = isValidUtf8(bytes);
  if (declared) {
    const charset = canonicalCharset(declared);
    const singleByteLabel = charset.startsWith('windows-') || charset.startsWith('iso-8859');
    const utf8Wins = singleByteLabel && valid && hasMultibyte(bytes);
    if (!utf8Wins && iconv.encodingExists(charset)) {
      return { text: iconv.decode(Buffer.from(bytes), charset), charset };
    }
  }
  if (valid) return { text: Buffer.from(bytes).toString('utf8'), charset: 'utf-8' };

  const guess = chardet.detect(bytes.subarray(0, 65536));
  const charset =
    guess && iconv.encodingExists(guess) && !guess.startsWith('UTF')
      ? canonicalCharset(guess)
      : 'windows-1252';
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}
