import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

const folders: string[] = [];

afterEach(() => {
  while (folders.length) rmSync(folders.pop()!, { recursive: true, force: true });
});

/** A fresh folder removed after the test. */
export function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'crosscheck-test-'));
  folders.push(folder);
  return folder;
}

/** Writes files into a fresh folder and returns the folder. */
export function tempFiles(files: Record<string, string | Uint8Array>): string {
  const folder = tempFolder();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}
