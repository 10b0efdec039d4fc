import { REPORT_SCRIPT } from '../report/html/report-script.js';
import { REPORT_COLOURS, REPORT_SECTION_STYLE } from '../report/html/report-style.js';

/**
 * The story report's stylesheet on the server's story page: the offline report's section rules,
 * its colours scoped to the report (the site's stylesheet has colours of the same names), and
 * its sections as boxes.
 */
export const SERVER_REPORT_STYLE = `.story-report {${REPORT_COLOURS}
  line-height: 1.5;
}
.story-report section { background: var(--paper); border: 1px solid var(--line); border-radius: 8px; padding: 1rem 1.25rem; margin: 1rem 0; }
.story-report h2 { margin-top: 0; font-size: 1.2rem; }
.story-report nav.sections a { margin-right: 1rem; }
.story-report .article-text { font-size: .92rem; line-height: 1.5; border: 0; border-radius: 0; padding: .5rem .75rem; background: none; }
${REPORT_SECTION_STYLE}`;

/**
 * Static files made from the report's constants, so the server's story page runs the offline
 * report's own script (served as a file: the server's policy allows no inline script).
 */
export const REPORT_ASSETS: Record<string, string> = {
  'report.css': SERVER_REPORT_STYLE,
  'report.js': REPORT_SCRIPT,
};
