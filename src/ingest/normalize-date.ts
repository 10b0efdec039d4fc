const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;

/**
 * An ISO 8601 date (`2031-04-02`) or UTC date-time (`2031-04-02T08:15:00Z`) from the many ways
 * pages and feeds write dates (ISO, RFC 822, "April 2, 2031"), or null when it is no date.
 */
export function normalizeDate(value: string | null | undefined): string | null {
  const raw = value?.trim();
  if (!raw) return null;
  const date = ISO_DATE.exec(raw);
  if (date) {
    const [, y, m, d] = date;
    const parsed = new Date(`${y}-${m}-${d}T00:00:00Z`);
    return Number.isNaN(parsed.getTime()) || parsed.getUTCDate() !== Number(d) ? null : raw;
  }
  const time = Date.parse(ISO_DATE_TIME.test(raw) ? raw.replace(' ', 'T') : raw);
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().replace('.000Z', 'Z');
}
