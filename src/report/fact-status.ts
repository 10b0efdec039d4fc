import type { FactStatus } from '../crosscheck/cross-check.js';

/** The verdicts in the order reports list them, with what to call each. */
export const FACT_STATUSES: { status: FactStatus; label: string }[] = [
  { status: 'corroborated', label: 'Corroborated' },
  { status: 'conflicting', label: 'Conflicting' },
  { status: 'single-source', label: 'Single source' },
];

export const statusLabel = (status: FactStatus): string =>
  FACT_STATUSES.find((entry) => entry.status === status)?.label ?? status;

export const plural = (count: number, word: string): string =>
  `${count} ${word}${count === 1 ? '' : 's'}`;
