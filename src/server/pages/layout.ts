import { markup, type SafeHtml } from '../html/html.js';
import { sitePath } from '../html/safe-url.js';

/** The sections in the top bar. */
export const SECTIONS = [
  { id: 'stories', label: 'Stories', path: ['stories'] },
  { id: 'articles', label: 'Articles', path: ['articles'] },
  { id: 'entities', label: 'People and bodies', path: ['entities'] },
] as const;

export type SectionId = (typeof SECTIONS)[number]['id'] | null;

export interface Page {
  title: string;
  section: SectionId;
  body: SafeHtml;
  /** Further static files: the story report's stylesheet and script (report-assets.ts). */
  assets?: 'report';
}

/** The whole document around a page's body: one stylesheet and one script, both from /static. */
export function renderLayout(page: Page): string {
  const nav = SECTIONS.map(
    (section) =>
      markup`<a
        href="${sitePath([...section.path])}"
        ${section.id === page.section ? markup` aria-current="page"` : ''}
        >${section.label}</a
      >`,
  );
  return markup`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title} · crosscheck</title>
        <link rel="stylesheet" href="${sitePath(['static', 'style.css'])}" />
        <link rel="icon" href="${sitePath(['static', 'icon.svg'])}" type="image/svg+xml" />
        <script src="${sitePath(['static', 'app.js'])}" defer></script>
        ${
          page.assets === 'report'
            ? markup`<link rel="stylesheet" href="${sitePath(['static', 'report.css'])}" />
              <script src="${sitePath(['static', 'report.js'])}" defer></script>`
            : ''
        }
      </head>
      <body>
        <header class="top">
          <a class="brand" href="${sitePath([])}">crosscheck</a>
          <nav>${nav}</nav>
        </header>
        <main>${page.body}</main>
      </body>
    </html> `.value;
}
