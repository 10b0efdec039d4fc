import { Command } from 'commander';
import { SqliteArchive } from '../../store/sqlite/sqlite-archive.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_DB } from '../options.js';

const days = (first: string | null, last: string | null) =>
  !first ? '          ' : first === last ? first : `${first}…${last!.slice(5)}`;

export function storiesCommand(context: CommandContext): Command {
  return new Command('stories')
    .description('list the stories in the archive, the most recent first')
    .option('--db <file>', 'archive file', DEFAULT_DB)
    .option('--limit <n>', 'how many to list (at most 1000)', Number, 50)
    .option('--offset <n>', 'how many to skip', Number, 0)
    .option('--json', 'print JSON')
    .action((flags: { db: string; limit: number; offset: number; json?: boolean }) => {
      const archive = new SqliteArchive(flags.db);
      try {
        const stories = archive.listStories({ limit: flags.limit, offset: flags.offset });
        if (flags.json) return context.out(JSON.stringify(stories, null, 2));
        if (stories.length === 0) return context.out('the archive holds no story');
        for (const story of stories) {
          const counts = `${story.articles.length} articles, ${story.sources} sources`;
          context.out(`${story.id}  ${days(story.first, story.last)}  ${story.title}  (${counts})`);
        }
      } finally {
        archive.close();
      }
    });
}
