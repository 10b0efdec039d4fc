import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isInternalAddress } from '../../src/ingest/sources/address-guard.js';
import { closeFetchAgents } from '../../src/ingest/sources/url-input.js';
import { readPaths } from '../helpers/read-all.js';

const PAGE = `<!doctype html><html lang="pt"><head><title>Greve no porto</title>
<meta property="og:site_name" content="Jornal do Cais"></head><body><article>
<p>Os estivadores de Setúbal pararam na terça-feira, depois de as negociações terem falhado.</p>
<p>O sindicato disse que a greve vai durar até sexta-feira, e <a href="/outra">mais</a> notícias.</p>
</article></body></html>`;

let server: Server;
let base: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return response.end(PAGE);
    }
    if (path === '/moved') {
      response.writeHead(301, { location: '/page' });
      return response.end();
    }
    if (path.startsWith('/loop')) {
      response.writeHead(302, { location: `/loop${path.length}` });
      return response.end();
    }
    if (path === '/slow') {
      setTimeout(() => response.end(PAGE), 5_000).unref();
      return;
    }
    if (path === '/huge') {
      response.writeHead(200, { 'content-type': 'text/html' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const send = () => {
        while (sent < 40 && response.write(chunk)) sent++;
        if (sent >= 40) response.end();
        else response.once('drain', send);
      };
      return send();
    }
    response.writeHead(404);
    response.end('not here');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await closeFetchAgents();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('URL inputs', () => {
  it('fetches a page, following a redirect, with its final address as the base', async () => {
    const { articles, errors } = await readPaths([`${base}/moved`], { allowPrivateNetwork: true });
    expect(errors).toEqual([]);
    expect(articles[0]).toMatchObject({
      source: `${base}/moved`,
      url: `${base}/page`,
      outlet: 'Jornal do Cais',
      language: 'pt',
    });
  });

  it('refuses loopback and private addresses unless allowed', async () => {
    const { articles, errors } = await readPaths([`${base}/page`]);
    expect(articles).toEqual([]);
    expect(errors[0]?.reason).toBe(
      'refused: 127.0.0.1 is an internal address (allow with --allow-private-network)',
    );
    expect(isInternalAddress('10.1.2.3')).toBe(true);
    expect(isInternalAddress('169.254.169.254')).toBe(true);
    expect(isInternalAddress('::ffff:192.168.0.1')).toBe(true);
    expect(isInternalAddress('fe80::1')).toBe(true);
    expect(isInternalAddress('93.184.216.34')).toBe(false);
  });

  it('refuses a name that resolves to loopback, at connect time', async () => {
    const port = new URL(base).port;
    const { errors } = await readPaths([`http://localhost:${port}/page`]);
    expect(errors[0]?.reason).toMatch(/^refused: localhost resolves to the internal address/);
  });

  it('gives up on a redirect loop', async () => {
    const { errors } = await readPaths([`${base}/loop`], { allowPrivateNetwork: true });
    expect(errors[0]?.message).toBe(`${base}/loop: too many redirects (more than 5)`);
  });

  it('times out a server that does not answer', async () => {
    const { errors } = await readPaths([`${base}/slow`], {
      allowPrivateNetwork: true,
      timeoutMs: 300,
    });
    expect(errors[0]?.reason).toBe('timed out after 0.3 s');
  });

  it('stops reading past the size cap', async () => {
    const { errors } = await readPaths([`${base}/huge`], {
      allowPrivateNetwork: true,
      maxBytes: 2 * 1024 * 1024,
    });
    expect(errors[0]?.reason).toBe('too large: over the 2 MiB limit for one document');
  });

  it('reports HTTP errors', async () => {
    const { errors } = await readPaths([`${base}/nothing`], { allowPrivateNetwork: true });
    expect(errors[0]?.reason).toBe('HTTP 404 Not Found');
  });
});
