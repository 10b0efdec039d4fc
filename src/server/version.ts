import { readFileSync } from 'node:fs';

/** The package's version, from package.json (two folders up from src/server and dist/server). */
export const SERVER_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
    version: string;
  }
).version;
