import type { Fact } from '../../crosscheck/cross-check.js';
import { markup, type SafeHtml } from '../../server/html/html.js';
import type { StoryRecord } from '../analysis-document.js';
import { FACT_STATUSES, plural } from '../fact-status.js';
import type { ReportSources } from '../report-sources.js';
import { evidenceLink } from './evidence-marks.js';
import { sourceChips } from './source-chips.js';
import { statusBadge } from './status-badge.js';

const versionLetter = (index: number) => String.fromCharCode(65 + (index % 26));

/** What one independent source says of a fact: ● when it reports it, a version's letter in a conflict. */
function sourceCell(fact: Fact, group: string[]): SafeHtml {
  const inGroup = (articles: string[]) => articles.some((id) => group.includes(id));
  if (fact.versions?.length) {
    const letters = fact.versions.flatMap((version, index) =>
      inGroup(version.articles) ? [versionLetter(index)] : [],
    );
    return letters.length
      ? markup`<td class="cell-version" title="${`version ${letters.join(', ')}`}">${letters.join(' ')}</td>`
      : markup`<td class="cell-none"></td>`;
  }
  return inGroup(fact.articles)
    ? markup`<td class="cell-yes" title="reports it">●</td>`
    : markup`<td class="cell-none"></td>`;
}

function qualifiers(fact: Fact): string {
  return [
    fact.date,
    fact.hedged ? 'hedged' : null,
    fact.attribution ? `according to ${fact.attribution.speaker ?? 'unnamed sources'}` : null,
    fact.unconfirmed?.length
      ? `only this source: ${fact.unconfirmed.map((item) => `“${item}”`).join(', ')}`
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

function versionList(fact: Fact, sources: ReportSources): SafeHtml | '' {
  if (!fact.versions?.length) return '';
  const items = fact.versions.map(
    (version, index) =>
      markup`<li>
        <span class="version-letter">${versionLetter(index)}</span>
        <strong>${version.text}</strong> · ${plural(version.sources, 'source')}
        ${sourceChips(sources, version.articles)}
      </li>`,
  );
  return markup`<ul class="versions">
    ${items}
  </ul>`;
}

function factRow(fact: Fact, story: StoryRecord, sources: ReportSources): SafeHtml {
  const notes = qualifiers(fact);
  return markup`<tr class="fact status-${fact.status}" data-fact="${fact.id}">
    <td>${statusBadge(fact.status)}</td>
    <td class="fact-text">
      ${evidenceLink(fact.id, fact.text)}
      ${notes ? markup`<span class="qualifiers">${notes}</span>` : ''} ${versionList(fact, sources)}
    </td>
    <td class="count">${fact.sources}</td>
    ${story.origins.map((origin) => sourceCell(fact, origin.articles))}
  </tr>`;
}

/** Every fact against every independent source, conflicts first, coloured by verdict. */
export function factTable(story: StoryRecord, sources: ReportSources): SafeHtml {
  if (!story.facts.length)
    return markup`<section id="facts"><h2>Facts</h2><p class="empty">No facts.</p></section>`;
  const order = ['conflicting', 'corroborated', 'single-source'];
  const facts = [...story.facts].sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status));
  const heads = story.origins.map((origin, index) => {
    const first = sources.article(origin.articles[0] ?? '');
    const name = origin.origin ?? first?.label ?? 'unknown';
    return markup`<th class="source-head" scope="col" title="${name}">
      <span>S${index + 1}</span> <span class="source-name">${name}</span>
    </th>`;
  });
  const counts = FACT_STATUSES.map(
    ({ status, label }) =>
      markup`<li>${statusBadge(status)} ${story.facts.filter((fact) => fact.status === status).length} ${label.toLowerCase()}</li>`,
  );
  return markup`<section id="facts">
    <h2>Facts</h2>
    <ul class="legend">
      ${counts}
    </ul>
    <div class="table-scroll">
      <table class="fact-table">
        <thead>
          <tr>
            <th scope="col">Verdict</th>
            <th scope="col">Fact</th>
            <th scope="col" title="independent sources">Sources</th>
            ${heads}
          </tr>
        </thead>
        <tbody>
          ${facts.map((fact) => factRow(fact, story, sources))}
        </tbody>
      </table>
    </div>
  </section>`;
}
