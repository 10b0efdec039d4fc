import { writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import type { AnalysisDocument, StoryRecord } from '../../report/analysis-document.js';
import { renderStoryReportPage } from '../../report/html/story-report-page.js';
import { renderStoryMarkdown } from '../../report/render-story-markdown.js';
import { reportFileName } from '../../report/report-file-name.js';
import { storyReportDocument } from '../../report/story-report-document.js';
import { SqliteArchive } from '../../store/sqlite/sqlite-archive.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_DB } from '../options.js';

type ReportFormat = 'html' | 'md' | 'json';

function render(format: ReportFormat, document: AnalysisDocument, story: StoryRecord): string {
  if (format === 'json') return `${JSON.stringify(document, null, 2)}\n`;
  if (format === 'md') return renderStoryMarkdown(story, document.articles, 1).join('\n');
  return renderStoryReportPage(story, document.articles);
}

export function reportCommand(context: CommandContext): Command {
  return new Command('report')
    .description(
      'one story cross-checked: facts with verdicts, statements, timeline, cited summary',
    )
    .argument('<story>', 'story id or an unambiguous prefix')
    .option('--db <file>', 'archive file', DEFAULT_DB)
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['html', 'md', 'json'])
        .default('html'),
    )
    .option('--out <file>', 'file to write (HTML: named after the story unless given; else stdout)')
    .action((id: string, flags: { db: string; format: ReportFormat; out?: string }) => {
      const archive = new SqliteArchive(flags.db);
      try {
        const tracked = archive.getStory(id);
        if (!tracked) {
          context.err(`crosscheck: no story ${id} in ${flags.db}`);
          context.exitCode = 1;
          return;
        }
        const document = storyReportDocument(archive, tracked);
        const output = render(flags.format, document, document.stories![0]!);
        const file =
          flags.out ?? (flags.format === 'html' ? reportFileName(tracked, 'html') : null);
        if (!file) return context.out(output);
        writeFileSync(file, output);
        context.out(file);
      } finally {
        archive.close();
      }
    });
}
