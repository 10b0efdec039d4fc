import type { CreditSection, Span } from '../../model/article.js';
import { linesOf } from './lines.js';

const MAX_CREDIT_LENGTH = 300;
const NAME = String.raw`[\p{Lu}][\p{L}\p{M}.'’\- ]{1,80}`;

// Lines that credit reporters, editors or an agency rather than report anything.
const CREDITS: RegExp[] = [
  /^[([]?\s*(?:additional\s+|further\s+)?(?:reporting|writing|editing|research|translation|compiled|produced|edited|written|translated)\s+(?:by|from)\b/iu,
  /^[([]?\s*(?:with\s+)?(?:additional\s+)?reporting\s+(?:by|from)\b/iu,
  /\bcontributed(?:\s+reporting)?(?:\s+to\s+(?:this|the)\s+(?:report|story|article))?\s*[.)\]]?$/iu,
  new RegExp(String.raw`^${NAME}\s+reported\s+from\s+[\p{L}\p{M}.,'’\- ]{2,80}[.)]?$`, 'u'),
  new RegExp(String.raw`^[—–-]\s*${NAME}$`, 'u'),
  /^(?:©|\(c\)|copyright\b)/iu,
  // "Source: Meridian Press Agency", "Via: ..." — a short line naming where a wire story came from.
  /^(?:source|sources|via)\s*:\s*[\p{L}][\p{L}\p{M} .&'’-]{1,60}$/iu,
];

function isCredit(line: string): boolean {
  return line.length <= MAX_CREDIT_LENGTH && CREDITS.some((pattern) => pattern.test(line));
}

/** Credit lines at the end of `[span.start, span.end)`, in text order. */
export function findCredits(text: string, span: Span): CreditSection[] {
  const lines = linesOf(text, span.start, span.end);
  const credits: CreditSection[] = [];
  for (let i = lines.length - 1; i > 0; i--) {
    const line = lines[i]!;
    if (!isCredit(line.text)) break;
    credits.unshift({ start: line.start, end: line.end });
  }
  return credits;
}
