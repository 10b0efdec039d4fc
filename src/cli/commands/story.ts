import { Command } from 'commander';
import type { Archive } from '../../store/archive.js';
import { SqliteArchive } from '../../store/sqlite/sqlite-archive.js';
import type { TrackedStory } from '../../stories/story-tracker.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_DB } from '../options.js';

/** One story for people: its articles grouped by independent source, copies and updates named. */
function renderStory(story: TrackedStory, archive: Archive): string {
  const lines = [
    `# ${story.title}`,
    '',
    `${story.id} · ${story.first ?? 'undated'}${story.last && story.last !== story.first ? ` to ${story.last}` : ''} · ${story.articles.length} articles · ${story.sources} independent sources`,
    '',
  ];
  const relation = new Map<string, string>();
  for (const [kind, links] of [
    ['copy', story.copies],
    ['update', story.updates],
  ] as const)
    for (const link of links)
      relation.set(link.article, `  [${kind} of ${link.of}, ${link.similarity.toFixed(2)}]`);
  story.sourceGroups.forEach((group, index) => {
    const origin = group.origin ? ` (${group.origin})` : '';
    lines.push(`## Source ${index + 1}${origin}`);
    for (const id of group.articles) {
      const article = archive.getArticle(id);
      const title = article?.title ?? article?.text.slice(0, 80).replace(/\s+/g, ' ') ?? '?';
      lines.push(
        `- ${id}  ${article?.published?.slice(0, 10) ?? '          '}  ${article?.outlet ?? '?'} — ${title}${relation.get(id) ?? ''}`,
      );
    }
    lines.push('');
  });
  if (story.notes.length) {
    lines.push('## Notes', '');
    for (const note of story.notes)
      lines.push(`- ${note.article} (${note.reason}): ${note.notes.join('; ')}`);
    lines.push('');
  }
  return lines.join('\n');
}

export function storyCommand(context: CommandContext): Command {
  return new Command('story')
    .description('one story: its articles by independent source, with copies and updates')
    .argument('<id>', 'story id or an unambiguous prefix')
    .option('--db <file>', 'archive file', DEFAULT_DB)
    .option('--json', 'print JSON')
    .action((id: string, flags: { db: string; json?: boolean }) => {
      const archive = new SqliteArchive(flags.db);
      try {
        const story = archive.getStory(id);
        if (!story) {
          context.err(`crosscheck: no story ${id} in ${flags.db}`);
          context.exitCode = 1;
          return;
        }
        context.out(flags.json ? JSON.stringify(story, null, 2) : renderStory(story, archive));
      } finally {
        archive.close();
      }
    });
}
