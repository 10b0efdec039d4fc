import { Command } from 'commander';
import { ingestInputs } from '../../engine/ingest-inputs.js';
import { SqliteArchive } from '../../store/sqlite/sqlite-archive.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_DB, inputOptions, toIngestOptions, type InputFlags } from '../options.js';
import { progressLine } from '../progress.js';

export function ingestCommand(context: CommandContext): Command {
  const command = new Command('ingest')
    .description('read inputs into the archive')
    .argument('<inputs...>', 'files, folders, URLs, or - for standard input')
    .option('--db <file>', 'archive file', DEFAULT_DB)
    .option('--json', 'print the summary as JSON');
  for (const option of inputOptions()) command.addOption(option);
  return command.action(
    async (inputs: string[], flags: InputFlags & { db: string; json?: boolean }) => {
      const archive = new SqliteArchive(flags.db);
      const progress = progressLine('ingest');
      try {
        const summary = await ingestInputs(archive, inputs, toIngestOptions(flags), (s) =>
          progress.update(
            `read ${s.read} · new ${s.new} · duplicate ${s.duplicate} · failed ${s.failed}`,
          ),
        );
        progress.stop();
        if (flags.json) context.out(JSON.stringify(summary, null, 2));
        else
          context.out(
            `read ${summary.read}, new ${summary.new}, duplicate ${summary.duplicate}, failed ${summary.failed} (archive: ${flags.db}, ${archive.countArticles()} articles)`,
          );
        for (const error of summary.errors)
          context.err(`crosscheck: ${error.input}: ${error.reason}`);
        if (summary.read === 0) {
          context.err('crosscheck: no article could be read from the inputs');
          context.exitCode = 1;
        }
      } finally {
        progress.stop();
        archive.close();
      }
    },
  );
}
