import { SafeUrl } from './html.js';

/** An outside address to link to, or null unless it is plain http(s) (never `javascript:`). */
export function externalUrl(address: string | null | undefined): SafeUrl | null {
  if (!address) return null;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  return new SafeUrl(url.href);
}

type QueryValue = string | number | null | undefined;

/**
 * A path on this site from fixed segments and encoded values, with a query of the non-empty
 * parameters: `sitePath(['articles', id], { page: 2 })`.
 */
export function sitePath(
  segments: string[],
  query: Record<string, QueryValue> = {},
  fragment?: string,
): SafeUrl {
  const path = `/${segments.map((segment) => encodeURIComponent(segment)).join('/')}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  const search = params.size ? `?${params}` : '';
  return new SafeUrl(`${path}${search}${fragment ? `#${encodeURIComponent(fragment)}` : ''}`);
}

const isControl = (char: string) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f;

/** A path given back by a client (where to go after signing in): only a path on this site. */
export function localPath(path: string | undefined): SafeUrl {
  // Browsers drop tabs and newlines from URLs, so "/\t/host" would become "//host".
  const local =
    path !== undefined &&
    /^\/(?![/\\])/.test(path) &&
    !/[\s\\]/.test(path) &&
    ![...path].some(isControl);
  return new SafeUrl(local ? path : '/');
}

/** A link to an element of the same page. */
export function anchorUrl(id: string): SafeUrl {
  return new SafeUrl(`#${encodeURIComponent(id)}`);
}
