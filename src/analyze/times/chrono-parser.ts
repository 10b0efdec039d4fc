import * as chrono from 'chrono-node';

// Parsers whose readings our own rules replace: "for two days" (a duration, not a date),
// "last month" / "this week" (kept at their granularity), "two days ago" / "later".
const REPLACED = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
]);

// Ranges ("Aug. 26 to Oct. 20") are kept as their two dates, each with its own span.
const SPLIT = new Set(['ENMergeDateRangeRefiner']);

let instance: chrono.Chrono | null = null;

/** chrono's casual English parser without the parsers our rules replace; built once. */
export function chronoParser(): chrono.Chrono {
  if (instance) return instance;
  const parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !REPLACED.has(p.constructor.name));
  parser.refiners = parser.refiners.filter((r) => !SPLIT.has(r.constructor.name));
  instance = parser;
  return parser;
}
