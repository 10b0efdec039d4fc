import { markup, type SafeHtml } from '../../server/html/html.js';
import type { StoryRecord } from '../analysis-document.js';
import type { ReportSources } from '../report-sources.js';
import { evidenceLink } from './evidence-marks.js';
import { sourceChips } from './source-chips.js';
import { statusBadge } from './status-badge.js';

/** The story's events in date order, each with its verdict and sources. */
export function timelineList(story: StoryRecord, sources: ReportSources): SafeHtml {
  if (!story.timeline.length)
    return markup`<section id="timeline"><h2>Timeline</h2><p class="empty">No dated events.</p></section>`;
  const entries = story.timeline.map(
    (entry) =>
      markup`<li class="status-${entry.status}">
        <time datetime="${entry.date}">${entry.date}</time>
        ${evidenceLink(entry.fact, entry.text)}
        ${statusBadge(entry.status)}
        ${sourceChips(
          sources,
          entry.evidence.map((item) => item.article),
        )}
      </li>`,
  );
  return markup`<section id="timeline">
    <h2>Timeline</h2>
    <ol class="timeline">
      ${entries}
    </ol>
  </section>`;
}
