import { Command, InvalidArgumentError } from 'commander';
import { ingestInputs } from '../../engine/ingest-inputs.js';
import { resolveToken } from '../../server/access/token-file.js';
import { buildServer } from '../../server/build-server.js';
import { SqliteArchive } from '../../store/sqlite/sqlite-archive.js';
import type { CommandContext } from '../context.js';
import { DEFAULT_DB } from '../options.js';

export const DEFAULT_PORT = 4312;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

interface ServeFlags {
  db: string;
  port: number;
  host?: string | true;
  token?: string;
  allowPrivateNetwork?: boolean;
  load?: string[];
}

/** Resolves on the first SIGINT or SIGTERM: the server then finishes its jobs and closes. */
function shutdownSignal(): Promise<string> {
  return new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export function serveCommand(context: CommandContext): Command {
  return new Command('serve')
    .description('serve the archive as web pages and a JSON API, until interrupted')
    .option('--db <file>', 'archive file', DEFAULT_DB)
    .option('--port <n>', 'port to listen on (0 for any free one)', parsePort, DEFAULT_PORT)
    .option(
      '--host [address]',
      'listen on this address, or on all when none is given (default: loopback only); reading from other machines needs the token',
    )
    .option(
      '--token <token>',
      'token for writing (default: $CROSSCHECK_TOKEN, else one made and kept in <db>.token)',
    )
    .option('--allow-private-network', 'let ingested URLs reach loopback and private addresses')
    .option(
      '--load <inputs...>',
      'first read these inputs into the archive when it holds no article yet (a later start serves what it holds)',
    )
    .action(async (flags: ServeFlags) => {
      const archive = new SqliteArchive(flags.db);
      try {
        if (flags.load?.length && archive.countArticles() === 0) {
          const started = performance.now();
          context.out(
            `crosscheck: reading ${flags.load.join(', ')} into ${flags.db} (once: a later start reuses it)`,
          );
          const summary = await ingestInputs(archive, flags.load, {
            allowPrivateNetwork: flags.allowPrivateNetwork ?? false,
          });
          for (const error of summary.errors)
            context.err(`crosscheck: ${error.input}: ${error.reason}`);
          context.out(
            `crosscheck: read ${summary.new} articles into ${archive.countStories()} stories in ${((performance.now() - started) / 1000).toFixed(1)} s`,
          );
        }
        const given = flags.token ?? (process.env.CROSSCHECK_TOKEN || undefined);
        const access = resolveToken(given, flags.db);
        const app = await buildServer({
          archive,
          token: access.token,
          allowPrivateNetwork: flags.allowPrivateNetwork ?? false,
          onError: (error) => context.err(`crosscheck: server error: ${error.message}`),
        });
        const host = flags.host === true ? '0.0.0.0' : (flags.host ?? '127.0.0.1');
        const stopped = shutdownSignal();
        await app.listen({ host, port: flags.port });
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : flags.port;
        const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
        context.out(
          `crosscheck: serving ${flags.db} (${archive.countArticles()} articles, ${archive.countStories()} stories) at http://${shown}:${port}/ (Ctrl-C stops it)`,
        );
        if (access.created)
          context.out(`crosscheck: write token (kept in ${access.file}): ${access.token}`);
        else if (access.file) context.out(`crosscheck: write token in ${access.file}`);
        else
          context.out(
            `crosscheck: write token from ${flags.token ? '--token' : '$CROSSCHECK_TOKEN'}`,
          );
        context.out(`crosscheck: ${await stopped} received, stopping`);
        await app.close();
      } finally {
        archive.close();
      }
    });
}
