import { Agent, fetch } from 'undici';
import { Readable } from 'node:stream';
import ipaddr from 'ipaddr.js';
import { guardedLookup, isInternalAddress } from './address-guard.js';
import { bufferInput, type Input } from './input.js';
import { formatBytes, readLimited, TooLargeError } from './read-limited.js';

export interface FetchOptions {
  /** Reach loopback, private and link-local addresses (off by default). */
  allowPrivateNetwork?: boolean;
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export const FETCH_DEFAULTS = {
  timeoutMs: 15_000,
  maxBytes: 32 * 1024 * 1024,
  maxRedirects: 5,
} as const;

let guardedAgent: Agent | null = null;
let openAgent: Agent | null = null;

function agentFor(allowPrivate: boolean): Agent {
  if (allowPrivate) return (openAgent ??= new Agent({ connect: { timeout: 10_000 } }));
  return (guardedAgent ??= new Agent({
    connect: { timeout: 10_000, lookup: guardedLookup as never },
  }));
}

/** Closes pooled connections so that a command can exit at once. */
export async function closeFetchAgents(): Promise<void> {
  await Promise.all([guardedAgent?.close(), openAgent?.close()]);
  guardedAgent = openAgent = null;
}

function literalHost(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return ipaddr.isValid(host) ? host : null;
}

function reasonOf(error: unknown, timeoutMs: number): string {
  if (error instanceof TooLargeError) return error.message;
  const err = error as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (err.name === 'TimeoutError' || err.name === 'AbortError')
    return `timed out after ${timeoutMs / 1000} s`;
  if (err.cause?.code === 'EADDRBLOCKED') return err.cause.message ?? 'refused internal address';
  if (err.cause?.code === 'ENOTFOUND') return 'host not found';
  if (err.cause?.code === 'ECONNREFUSED') return 'connection refused';
  return err.cause?.message ?? err.message ?? String(error);
}

/**
 * Fetches a page or feed with a time-out over the whole exchange, a size cap and a redirect
 * limit. Internal addresses are refused unless allowed, at every hop.
 */
export async function fetchInput(address: string, options: FetchOptions = {}): Promise<Input> {
  const { timeoutMs, maxBytes, maxRedirects } = { ...FETCH_DEFAULTS, ...options };
  const allowPrivate = options.allowPrivateNetwork ?? false;
  const signal = AbortSignal.timeout(timeoutMs);
  let url = new URL(address);
  try {
    for (let hop = 0; ; hop++) {
      if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new Error(`unsupported scheme ${url.protocol}`);
      const literal = literalHost(url);
      if (!allowPrivate && literal && isInternalAddress(literal)) {
        throw new Error(
          `refused: ${literal} is an internal address (allow with --allow-private-network)`,
        );
      }
      const response = await fetch(url, {
        redirect: 'manual',
        signal,
        dispatcher: agentFor(allowPrivate),
        headers: {
          'user-agent': 'crosscheck/0.1 (+news cross-checking)',
          accept:
            'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.8',
        },
      });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel();
        if (hop >= maxRedirects) throw new Error(`too many redirects (more than ${maxRedirects})`);
        url = new URL(location, url);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
      }
      const declared = Number(response.headers.get('content-length'));
      if (declared > maxBytes) {
        await response.body?.cancel();
        throw new Error(
          `too large: ${formatBytes(declared)}, over the ${formatBytes(maxBytes)} limit`,
        );
      }
      const body = response.body
        ? await readLimited(Readable.fromWeb(response.body as never), maxBytes)
        : Buffer.alloc(0);
      const charset =
        /charset\s*=\s*["']?([\w.:-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1] ??
        null;
      return bufferInput(address, body, { charset, url: url.href });
    }
  } catch (error) {
    throw new Error(reasonOf(error, timeoutMs));
  }
}
