/**
 * The cross-check function the evaluation scripts run: `crossCheckStory` from
 * src/crosscheck/cross-check-story.ts, or another module's export of the same name given with
 * `--impl <path>` (to compare a variant, or to try the scripts before the real one exists).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CrossCheckInput, StoryCrossCheck } from '../../src/crosscheck/cross-check.js';

export type CrossCheckFn = (input: CrossCheckInput) => StoryCrossCheck;

const DEFAULT_MODULE = '../../src/crosscheck/cross-check-story.js';

/** Reads `--impl <path>` from the arguments; the real function when absent. */
export async function loadCrossCheck(args: readonly string[]): Promise<{
  crossCheckStory: CrossCheckFn;
  label: string;
}> {
  const at = args.indexOf('--impl');
  const path = at >= 0 ? args[at + 1] : undefined;
  const specifier = path ? pathToFileURL(resolve(path)).href : DEFAULT_MODULE;
  const module = (await import(specifier)) as { crossCheckStory?: CrossCheckFn };
  if (typeof module.crossCheckStory !== 'function')
    throw new Error(`no crossCheckStory exported by ${path ?? DEFAULT_MODULE}`);
  return {
    crossCheckStory: module.crossCheckStory,
    label: path ?? 'src/crosscheck/cross-check-story.ts',
  };
}
