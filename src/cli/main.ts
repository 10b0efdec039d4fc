import { Command, CommanderError } from 'commander';
import { closeFetchAgents } from '../ingest/sources/url-input.js';
import { analyzeCommand } from './commands/analyze.js';
import { articlesCommand } from './commands/articles.js';
import { ingestCommand } from './commands/ingest.js';
import { reportCommand } from './commands/report.js';
import { serveCommand } from './commands/serve.js';
import { showCommand } from './commands/show.js';
import { storiesCommand } from './commands/stories.js';
import { storyCommand } from './commands/story.js';
import { processContext, type CommandContext } from './context.js';

export function buildProgram(context: CommandContext): Command {
  return new Command('crosscheck')
    .description('Turns many news reports into one cross-checked account of each event.')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.out(text),
      writeErr: (text) => context.err(text),
    })
    .addCommand(ingestCommand(context))
    .addCommand(articlesCommand(context))
    .addCommand(showCommand(context))
    .addCommand(storiesCommand(context))
    .addCommand(storyCommand(context))
    .addCommand(reportCommand(context))
    .addCommand(analyzeCommand(context))
    .addCommand(serveCommand(context));
}

/** Runs the CLI and returns its exit code; every failure ends as one line on stderr. */
export async function main(
  argv: string[],
  context: CommandContext = processContext(),
): Promise<number> {
  const program = buildProgram(context);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return context.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    context.err(`crosscheck: ${(error as Error).message.split('\n')[0]}`);
    return 1;
  } finally {
    await closeFetchAgents();
  }
}
