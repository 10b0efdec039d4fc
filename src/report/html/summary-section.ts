import { markup, type SafeHtml } from '../../server/html/html.js';
import type { StoryRecord } from '../analysis-document.js';
import type { ReportSources } from '../report-sources.js';
import { evidenceLink } from './evidence-marks.js';
import { sourceChips } from './source-chips.js';

/** The cited summary: each sentence links to its evidence and names its sources. */
export function summarySection(story: StoryRecord, sources: ReportSources): SafeHtml {
  if (!story.summary.length)
    return markup`<section id="summary"><h2>Summary</h2><p class="empty">No summary.</p></section>`;
  const sentences = story.summary.map(
    (sentence) =>
      markup`<li class="summary-sentence status-${sentence.status}">
        ${evidenceLink(sentence.fact, sentence.text)}${sentence.status === 'conflicting' ? markup` <em class="caution">sources disagree</em>` : ''}
        ${sourceChips(
          sources,
          sentence.evidence.map((item) => item.article),
        )}
      </li>`,
  );
  return markup`<section id="summary">
    <h2>Summary</h2>
    <ol class="summary">
      ${sentences}
    </ol>
  </section>`;
}
