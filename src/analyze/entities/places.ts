import { PLACE_NAMES } from './places-data.js';

const PLACES = new Set(PLACE_NAMES.map((name) => name.toLowerCase()));

/** True when the whole name is a known place ("Lisbon", "South Korea", "U.S."). */
export function isPlace(name: string): boolean {
  return PLACES.has(name.toLowerCase());
}
