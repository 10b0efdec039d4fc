import { Command, Option } from 'commander';
import { analyzeInputs } from '../../engine/analyze-inputs.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { inputOptions, toIngestOptions, type InputFlags } from '../options.js';
import { progressLine } from '../progress.js';
import type { CommandContext } from '../context.js';

export function analyzeCommand(context: CommandContext): Command {
  const command = new Command('analyze')
    .description('read inputs without an archive and print their analysis')
    .argument('<inputs...>', 'files, folders, URLs, or - for standard input')
    .option('--json', 'print JSON (same as --format json)')
    .addOption(
      new Option('--format <format>', 'output format').choices(['json', 'md']).default('json'),
    );
  for (const option of inputOptions()) command.addOption(option);
  return command.action(
    async (inputs: string[], flags: InputFlags & { json?: boolean; format: string }) => {
      const progress = progressLine('analyze');
      let count = 0;
      const document = await analyzeInputs(inputs, toIngestOptions(flags), () =>
        progress.update(`${++count} read`),
      );
      progress.stop();
      const format = flags.json ? 'json' : flags.format;
      context.out(format === 'md' ? renderMarkdown(document) : JSON.stringify(document, null, 2));
      for (const error of document.errors)
        context.err(`crosscheck: ${error.input}: ${error.reason}`);
      if (document.articles.length === 0) {
        context.err('crosscheck: no article could be read from the inputs');
        context.exitCode = 1;
      }
    },
  );
}
