import ipaddr from 'ipaddr.js';

/** True for 127.0.0.0/8, ::1 and their IPv4-mapped forms. */
export function isLoopback(address: string | undefined): boolean {
  if (!address || !ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return parsed.range() === 'loopback';
}

/**
 * A Host header a loopback client may use without a token: an address or `localhost`. Any other
 * name on a loopback connection is a page of some site whose name was pointed at 127.0.0.1 (DNS
 * rebinding), which must not read the archive.
 */
export function isLocalHostHeader(host: string | undefined): boolean {
  if (!host) return false;
  const name = host
    .replace(/:\d+$/, '')
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
  return name === 'localhost' || name.endsWith('.localhost') || ipaddr.isValid(name);
}
