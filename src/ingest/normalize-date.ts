const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
/** An ISO-like date whose year is not four digits: `+275760-09-13`, `-000001-01-01`, `31-04-02`. */
const ODD_ISO_YEAR = /^[+-]?\d+-\d/;
/** The first four-digit number that is not part of a time: the year a date writes out. */
const FOUR_DIGITS = /(?<![\d:])(\d{4})(?![\d:])/;

/**
 * An ISO 8601 date (`2031-04-02`) or UTC date-time (`2031-04-02T08:15:00Z`) from the many ways
 * pages and feeds write dates (ISO, RFC 822, "April 2, 2031"), or null when it is no date.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const read = readDate(value);
  return typeof read === 'string' ? read : null;
}

/** Why a date is not read (for a one-line error), or null when it is read or absent. */
export function dateProblem(value: string | null | undefined): string | null {
  const read = readDate(value);
  return typeof read === 'string' || read === null ? null : read.reason;
}

function readDate(value: string | null | undefined): string | null | { reason: string } {
  const raw = value?.trim();
  if (!raw) return null;
  const date = ISO_DATE.exec(raw);
  if (date) {
    const [, y, m, d] = date;
    const parsed = new Date(`${y}-${m}-${d}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== Number(d)
      ? { reason: 'no such day' }
      : raw;
  }
  if (ODD_ISO_YEAR.test(raw) && !/^\d{4}-/.test(raw))
    return { reason: 'the year is not written with four digits' };
  const time = Date.parse(ISO_DATE_TIME.test(raw) ? raw.replace(' ', 'T') : raw);
  if (Number.isNaN(time)) return { reason: 'not a date format crosscheck reads' };
  const parsed = new Date(time);
  // The legacy parser reads years 0-99 as 1900s or 2000s whatever their digits (0049 as 2049); a
  // year the text writes out must be the year read (one off: a time zone across New Year).
  const written = FOUR_DIGITS.exec(raw);
  const year = parsed.getUTCFullYear();
  if (year < 0 || year > 9999) return { reason: `the year ${year} is not a four-digit year` };
  if (written && Math.abs(Number(written[1]) - year) > 1)
    return { reason: `the year ${written[1]} would be read as ${year}` };
  return parsed.toISOString().replace('.000Z', 'Z');
}
