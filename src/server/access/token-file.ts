import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

export interface ServerToken {
  token: string;
  /** Where it is kept, when it came from the file next to the archive. */
  file: string | null;
  /** True when this start made it (so it is printed once). */
  created: boolean;
}

/** The token file of an archive: beside it, readable by its owner only. */
export const tokenFileOf = (dbPath: string) => `${dbPath}.token`;

/**
 * The token that writing needs: given (flag or environment), or the one kept next to the
 * archive, or a new one written there on the first start.
 */
export function resolveToken(given: string | undefined, dbPath: string): ServerToken {
  if (given !== undefined) {
    if (given.trim().length < 16) throw new Error('the token must be at least 16 characters');
    return { token: given.trim(), file: null, created: false };
  }
  const file = tokenFileOf(dbPath);
  try {
    const kept = readFileSync(file, 'utf8').trim();
    if (kept) return { token: kept, file, created: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const token = randomBytes(24).toString('base64url');
  // 'wx': never overwrite a token another server wrote a moment ago.
  writeFileSync(file, `${token}\n`, { mode: 0o600, flag: 'wx' });
  return { token, file, created: true };
}
