import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers/temp.js';

const RUN_CLI =
  "import { main } from './src/cli/main.ts'; process.exitCode = await main(process.argv.slice(1));";

interface Started {
  lines: string[];
  address: string;
  stop(): Promise<{ code: number | null; lines: string[] }>;
}

/** Starts `crosscheck serve` in its own process and waits for the line with its address. */
function startServe(args: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', RUN_CLI, 'serve', ...args],
    {
      env: { ...process.env, ...env, CROSSCHECK_TOKEN: env.CROSSCHECK_TOKEN ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let errors = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      const address = lines.join('\n').match(/at (http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (address && lines.some((line) => line.includes('token')))
        resolve({
          lines,
          address,
          stop: async () => {
            child.kill('SIGTERM');
            return { code: await exited, lines };
          },
        });
    });
    void exited.then((code) => reject(new Error(`serve exited with ${code}: ${errors}`)));
  });
}

describe('crosscheck serve', () => {
  it('makes a token at the first start, keeps it next to the archive, and serves on loopback', async () => {
    const db = join(tempFolder(), 'news.db');
    const first = await startServe(['--db', db, '--port', '0']);
    const token = first.lines
      .join('\n')
      .match(/write token \(kept in .*news\.db\.token\): (\S+)/)?.[1];
    expect(token).toMatch(/^[\w-]{32}$/);
    expect(statSync(`${db}.token`).mode & 0o777).toBe(0o600);
    const health = await fetch(`${first.address}api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', articles: 0 });
    const write = await fetch(`${first.address}api/ingest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ texts: [{ text: 'Cranes stood idle.' }] }),
    });
    expect(write.status).toBe(202);
    const stopped = await first.stop();
    expect(stopped.code).toBe(0);
    expect(stopped.lines.at(-1)).toMatch(/SIGTERM received, stopping/);

    const second = await startServe(['--db', db, '--port', '0']);
    expect(second.lines.join('\n')).not.toContain(token);
    expect(second.lines.join('\n')).toContain(`write token in ${db}.token`);
    expect(await (await fetch(`${second.address}api/health`)).json()).toMatchObject({
      articles: 1,
    });
    expect((await second.stop()).code).toBe(0);
  }, 60_000);

  it('takes the token from the environment and never prints it', async () => {
    const db = join(tempFolder(), 'news.db');
    const given = 'a-token-from-the-environment';
    const started = await startServe(['--db', db, '--port', '0'], { CROSSCHECK_TOKEN: given });
    expect(started.lines.join('\n')).not.toContain(given);
    const write = await fetch(`${started.address}api/ingest`, {
      method: 'POST',
      headers: { authorization: `Bearer ${given}`, 'content-type': 'application/json' },
      body: JSON.stringify({}),
    });
    expect(write.status).toBe(400);
    expect((await started.stop()).code).toBe(0);
  }, 60_000);

  it('reads --load inputs into an empty archive at the first start only', async () => {
    const db = join(tempFolder(), 'examples.db');
    const first = await startServe(['--db', db, '--port', '0', '--load', 'examples/corpus']);
    const printed = first.lines.join('\n');
    expect(printed).toMatch(/reading examples\/corpus into .*examples\.db/);
    expect(printed).toMatch(/read \d+ articles into \d+ stories/);
    expect(printed).toContain('(Ctrl-C stops it)');
    const stories = await (await fetch(`${first.address}api/stories`)).json();
    expect(stories.total).toBeGreaterThan(0);
    expect((await first.stop()).code).toBe(0);

    const second = await startServe(['--db', db, '--port', '0', '--load', 'examples/corpus']);
    expect(second.lines.join('\n')).not.toMatch(/reading/);
    expect((await (await fetch(`${second.address}api/stories`)).json()).total).toBe(stories.total);
    expect((await second.stop()).code).toBe(0);
  }, 120_000);
});
