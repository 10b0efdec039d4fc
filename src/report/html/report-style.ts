/** The verdict and quote colours the sections use, as custom properties. */
export const REPORT_COLOURS = `
  --corroborated: #1f7a3a; --corroborated-bg: #e3f4e7;
  --single: #8a6100; --single-bg: #fff3d1;
  --conflicting: #b3261e; --conflicting-bg: #fde4e1;
  --quote: #3b5bab; --quote-bg: #e6ecfa;
  --ink: #1d1d1f; --muted: #5f6368; --line: #d9dce1; --paper: #fff;
`;

/**
 * The report sections' own rules (facts, statements, timeline, summary, article columns): the
 * same in the offline report and on the server's story page, which serves them as a file.
 */
export const REPORT_SECTION_STYLE = `
.qualifiers, .descriptor { color: var(--muted); font-size: .875rem; }
.empty { color: var(--muted); font-style: italic; }
a.select { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
a.select:hover, a.select:focus { border-bottom-style: solid; }
.selected { outline: 2px solid var(--ink); outline-offset: 2px; }
.chips { margin-left: .25rem; }
.chip { display: inline-block; font-size: .75rem; padding: 0 .45rem; margin: 0 .15rem .15rem 0; border-radius: 999px; background: #eceef2; color: var(--ink); text-decoration: none; white-space: nowrap; }
.chip-number { font-weight: 700; }
.badge { display: inline-block; font-size: .72rem; font-weight: 600; padding: 0 .45rem; border-radius: 4px; white-space: nowrap; }
.badge.status-corroborated { background: var(--corroborated-bg); color: var(--corroborated); }
.badge.status-single-source { background: var(--single-bg); color: var(--single); }
.badge.status-conflicting { background: var(--conflicting-bg); color: var(--conflicting); }
.legend { list-style: none; padding: 0; display: flex; gap: 1.25rem; flex-wrap: wrap; }
ol.summary li, ol.timeline li { margin-bottom: .4rem; }
.summary-sentence { border-left: 4px solid transparent; padding-left: .5rem; }
.summary-sentence.status-corroborated { border-color: var(--corroborated); }
.summary-sentence.status-single-source { border-color: var(--single); }
.summary-sentence.status-conflicting { border-color: var(--conflicting); }
.caution { color: var(--conflicting); }
.table-scroll { overflow-x: auto; }
table.fact-table { border-collapse: collapse; width: 100%; font-size: .92rem; }
.fact-table th, .fact-table td { border-bottom: 1px solid var(--line); padding: .35rem .5rem; vertical-align: top; text-align: left; }
.fact-table td.count, .fact-table td[class^="cell-"] { text-align: center; }
.fact-table tr.status-corroborated td:first-child { border-left: 4px solid var(--corroborated); }
.fact-table tr.status-single-source td:first-child { border-left: 4px solid var(--single); }
.fact-table tr.status-conflicting td:first-child { border-left: 4px solid var(--conflicting); }
.fact-table tr.status-conflicting { background: #fffafa; }
.cell-yes { color: var(--corroborated); }
.cell-version { color: var(--conflicting); font-weight: 700; }
.source-head { font-weight: 600; font-size: .78rem; max-width: 7rem; }
.source-name { display: block; font-weight: 400; color: var(--muted); overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.qualifiers { display: block; }
ul.versions { margin: .25rem 0 0; padding-left: 1rem; list-style: none; }
.version-letter { display: inline-block; width: 1.2rem; font-weight: 700; color: var(--conflicting); }
ul.statements { list-style: none; padding: 0; }
.statement h3 { font-size: 1rem; margin: .75rem 0 .35rem; }
.wordings { display: grid; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); gap: .75rem; }
.wording { margin: 0; padding: .5rem .75rem; background: var(--quote-bg); border-radius: 6px; }
.wording blockquote { margin: 0 0 .35rem; }
.wording-direct blockquote::before { content: "\\201C"; }
.wording-direct blockquote::after { content: "\\201D"; }
.wording figcaption { font-size: .8rem; color: var(--muted); }
time { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: .5rem; }
.columns { display: grid; grid-auto-flow: column; grid-auto-columns: minmax(22rem, 1fr); gap: .75rem; overflow-x: auto; padding-bottom: .5rem; }
.article-column { border: 1px solid var(--line); border-radius: 6px; display: flex; flex-direction: column; min-width: 0; }
.article-column header { padding: .5rem .75rem; border-bottom: 1px solid var(--line); background: #fafbfc; }
.article-column h3 { font-size: 1rem; margin: .25rem 0; }
.article-column .meta { margin: 0; }
.source-number { font-size: .75rem; color: var(--muted); margin-left: .25rem; }
.url { font-size: .75rem; word-break: break-all; }
.url.inert { color: var(--muted); }
.article-text { position: relative; white-space: pre-wrap; overflow-wrap: anywhere; padding: .5rem .75rem; max-height: 75vh; overflow-y: auto; font-size: .92rem; }
mark.ev { background: none; color: inherit; border-bottom: 2px solid; padding: 0 1px; }
/* At rest a coloured underline only: most of an article is evidence of something. */
mark.ev-corroborated { border-color: var(--corroborated); }
mark.ev-single-source { border-color: var(--single); }
mark.ev-conflicting { border-color: var(--conflicting); background: var(--conflicting-bg); }
mark.ev-quote { border-bottom-style: dotted; border-color: var(--quote); }
/* Several facts may start at one mark: their anchors stand side by side before it. */
mark.ev.focus, .anchor:target ~ mark.ev:not(.anchor:target ~ mark.ev ~ mark.ev) { outline: 3px solid var(--ink); background: #ffe46b; }
@media print {
  .article-text { max-height: none; overflow: visible; }
  .columns { grid-auto-flow: row; }
}
`;

/** The report page's stylesheet: inline, so the file opens offline with nothing to fetch. */
export const REPORT_STYLE = `
:root {${REPORT_COLOURS}
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--ink); background: #f6f7f9; line-height: 1.5;
}
body { margin: 0; }
main.report { max-width: 90rem; margin: 0 auto; padding: 1.5rem 1.25rem; }
header.page h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
.meta { color: var(--muted); font-size: .875rem; }
nav.sections a { margin-right: 1rem; }
section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
h2 { margin-top: 0; font-size: 1.2rem; }
${REPORT_SECTION_STYLE}`;
