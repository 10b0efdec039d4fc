import { Piscina } from 'piscina';
import type { CrossCheckInput, StoryCrossCheck } from '../../crosscheck/cross-check.js';
import { crossCheckStory } from '../../crosscheck/cross-check-story.js';

/** Cross-checks stories for the server: in a worker thread, or in the server's own. */
export interface CrossChecker {
  check(input: CrossCheckInput): Promise<StoryCrossCheck>;
  close(): Promise<void>;
}

/** In this thread: for tests and one-core machines. */
export function inlineCrossChecker(): CrossChecker {
  return { check: async (input) => crossCheckStory(input), close: async () => {} };
}

/** A worker thread idle this long stops (it holds the word vectors and the model's memory). */
const IDLE_MS = 60_000;

/**
 * One worker thread, started on the first story and stopped when idle, so that cross-checking
 * 200 articles (seconds) never holds up the server's other requests. From TypeScript sources
 * (tests, tsx) the worker loads the same sources through tsx.
 */
export function workerCrossChecker(): CrossChecker {
  const fromSource = import.meta.url.endsWith('.ts');
  let pool: Piscina | null = null;
  return {
    check: async (input) => {
      pool ??= new Piscina({
        filename: new URL(`./cross-check-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url).href,
        minThreads: 0,
        maxThreads: 1,
        idleTimeout: IDLE_MS,
        execArgv: fromSource ? ['--import', 'tsx'] : [],
      });
      return (await pool.run(input)) as StoryCrossCheck;
    },
    close: async () => {
      await pool?.destroy();
    },
  };
}
