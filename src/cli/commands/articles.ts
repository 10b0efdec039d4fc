import { Command } from 'commander';
import { SqliteArchive } from '../../store/sqlite/sqlite-archive.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_DB } from '../options.js';

export function articlesCommand(context: CommandContext): Command {
  return new Command('articles')
    .description('list the articles in the archive, newest first, or search them')
    .option('--db <file>', 'archive file', DEFAULT_DB)
    .option('--search <query>', 'full-text search over titles and text')
    .option('--limit <n>', 'how many to list (at most 1000)', Number, 50)
    .option('--offset <n>', 'how many to skip', Number, 0)
    .option('--json', 'print JSON')
    .action(
      (flags: { db: string; search?: string; limit: number; offset: number; json?: boolean }) => {
        const archive = new SqliteArchive(flags.db);
        try {
          const rows = archive.listArticles({
            search: flags.search,
            limit: flags.limit,
            offset: flags.offset,
          });
          if (flags.json) return context.out(JSON.stringify(rows, null, 2));
          if (rows.length === 0)
            return context.out(flags.search ? 'no article matches' : 'the archive is empty');
          for (const row of rows) {
            context.out(
              `${row.id}  ${row.published?.slice(0, 10) ?? '          '}  ${row.outlet ?? '?'} — ${row.title ?? row.snippet.replace(/\s+/g, ' ').slice(0, 80)}`,
            );
          }
        } finally {
          archive.close();
        }
      },
    );
}
