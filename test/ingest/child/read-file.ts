// Reads one file as crosscheck would and prints what came out as JSON, so that a test can run
// a reader in a child process and kill it if it never ends (a loop of resolved promises
// starves the timers of the process it runs in, vitest's timeout among them).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { readContent } from '../../helpers/read-all.js';

const path = process.argv[2]!;
const { articles, errors } = await readContent(basename(path), readFileSync(path));
process.stdout.write(
  JSON.stringify({
    articles: articles.map((a) => ({ url: a.url, title: a.title, text: a.text })),
    errors: errors.map((e) => e.message),
  }),
);
