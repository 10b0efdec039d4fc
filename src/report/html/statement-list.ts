import type { Statement } from '../../crosscheck/cross-check.js';
import { markup, type SafeHtml } from '../../server/html/html.js';
import type { StoryRecord } from '../analysis-document.js';
import { plural } from '../fact-status.js';
import type { ReportSources } from '../report-sources.js';
import { evidenceLink } from './evidence-marks.js';
import { sourceChip } from './source-chips.js';

function statementItem(statement: Statement, sources: ReportSources): SafeHtml {
  const wordings = statement.wordings.map((wording) => {
    const article = sources.article(wording.article);
    return markup`<figure class="wording wording-${wording.kind}">
      <blockquote>${wording.text}</blockquote>
      <figcaption>${article ? sourceChip(article) : wording.article} · ${wording.kind}</figcaption>
    </figure>`;
  });
  return markup`<li class="statement" data-statement="${statement.id}">
    <h3>
      ${evidenceLink(statement.id, statement.speaker)}${statement.descriptor ? markup` <span class="descriptor">${statement.descriptor}</span>` : ''}
      <span class="qualifiers">${plural(statement.sources, 'source')}</span>
    </h3>
    <div class="wordings">${wordings}</div>
  </li>`;
}

/** Who said what: each statement with every outlet's wording side by side. */
export function statementList(story: StoryRecord, sources: ReportSources): SafeHtml {
  if (!story.statements.length)
    return markup`<section id="statements"><h2>Statements</h2><p class="empty">No statements.</p></section>`;
  return markup`<section id="statements">
    <h2>Statements</h2>
    <ul class="statements">
      ${story.statements.map((statement) => statementItem(statement, sources))}
    </ul>
  </section>`;
}
