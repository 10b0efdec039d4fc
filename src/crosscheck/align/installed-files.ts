import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where `npm install` writes a file alignment reads (scripts/install/): the project's `vectors/`
 * folder, from src/ as from dist/.
 */
export const installedFile = (name: string) =>
  join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'vectors', name);
