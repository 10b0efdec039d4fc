import { Option } from 'commander';
import type { IngestOptions } from '../ingest/read-articles.js';

export const DEFAULT_DB = process.env.CROSSCHECK_DB ?? 'crosscheck.db';

/** The options every command that reads inputs takes. */
export function inputOptions(): Option[] {
  return [
    new Option('--outlet <name>', 'outlet for inputs that do not name one'),
    new Option('--date <iso>', 'publication date for inputs that do not give one'),
    new Option(
      '--allow-private-network',
      'let URLs reach loopback, private and link-local addresses',
    ),
    new Option('--timeout <seconds>', 'time-out for each URL').argParser(Number),
    new Option('--max-bytes <n>', 'largest document read whole, in bytes').argParser(Number),
    new Option(
      '--threads <n>',
      'worker threads for the analysis (default: one per core)',
    ).argParser(Number),
  ];
}

export interface InputFlags {
  outlet?: string;
  date?: string;
  allowPrivateNetwork?: boolean;
  timeout?: number;
  maxBytes?: number;
  threads?: number;
}

export function toIngestOptions(flags: InputFlags): IngestOptions & { threads?: number } {
  return {
    outlet: flags.outlet ?? null,
    date: flags.date ?? null,
    allowPrivateNetwork: flags.allowPrivateNetwork ?? false,
    ...(flags.timeout ? { timeoutMs: flags.timeout * 1000 } : {}),
    ...(flags.maxBytes ? { maxDocumentBytes: flags.maxBytes, maxBytes: flags.maxBytes } : {}),
    ...(flags.threads ? { threads: flags.threads } : {}),
  };
}
