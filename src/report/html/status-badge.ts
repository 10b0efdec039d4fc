import type { FactStatus } from '../../crosscheck/cross-check.js';
import { markup, type SafeHtml } from '../../server/html/html.js';
import { statusLabel } from '../fact-status.js';

/** A fact's verdict as a coloured label (the colour comes from `status-<verdict>`). */
export function statusBadge(status: FactStatus): SafeHtml {
  return markup`<span class="badge status-${status}">${statusLabel(status)}</span>`;
}
