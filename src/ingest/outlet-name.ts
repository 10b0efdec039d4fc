/** A readable outlet name from an address when nothing better is known: `www.harbour-times.com` → `harbour-times.com`. */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const { hostname } = new URL(url);
    return hostname.replace(/^(?:www\d?|m|amp|mobile)\./, '') || null;
  } catch {
    return null;
  }
}

/** Drops a trailing or leading site name from a page title: "Strike ends | The Harbour Times". */
export function cleanTitle(title: string | null, outlet: string | null): string | null {
  if (!title) return null;
  const trimmed = title.replace(/\s+/g, ' ').trim();
  const parts = trimmed.split(/\s+[|–—·•»]\s+|\s+-\s+/);
  if (parts.length > 1) {
    const lowerOutlet = outlet?.toLowerCase();
    const kept = parts.filter((part) => part.toLowerCase() !== lowerOutlet);
    const longest =
      kept.length < parts.length
        ? kept.join(' - ')
        : parts.reduce((a, b) => (b.length > a.length ? b : a));
    if (longest.length >= 15 || kept.length < parts.length) return longest;
  }
  return trimmed || null;
}
