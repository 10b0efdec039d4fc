import { Command } from 'commander';
import { failedAnalysis } from '../../analyze/failed-analysis.js';
import { buildDocument } from '../../report/build-document.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { SqliteArchive } from '../../store/sqlite/sqlite-archive.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_DB } from '../options.js';

export function showCommand(context: CommandContext): Command {
  return new Command('show')
    .description('print one article of the archive')
    .argument('<id>', 'article id or an unambiguous prefix of it')
    .option('--db <file>', 'archive file', DEFAULT_DB)
    .option('--json', 'print JSON')
    .action((id: string, flags: { db: string; json?: boolean }) => {
      const archive = new SqliteArchive(flags.db);
      try {
        const article = archive.getArticle(id);
        if (!article) {
          context.err(`crosscheck: no article ${id} in ${flags.db}`);
          context.exitCode = 1;
          return;
        }
        const analysis = archive.getAnalysis(article.id) ?? failedAnalysis('not analysed');
        const document = buildDocument([{ article, analysis }], []);
        if (flags.json) context.out(JSON.stringify(document, null, 2));
        else context.out(`${renderMarkdown(document)}\n---\n\n${article.text}`);
      } finally {
        archive.close();
      }
    });
}
