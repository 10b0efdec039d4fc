/**
 * Article text as a Markdown viewer shows it instead of running it: on one line, with every
 * character Markdown or HTML give a meaning escaped (backslashes first, so that "\<" stays text).
 */
export function markdownText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>&|~#!]/g, (character) => `\\${character}`);
}

/** An http(s) address as a link; any other (`javascript:`, `file:`) as inert text. */
export function markdownAddress(url: string): string {
  return /^https?:\/\//i.test(url)
    ? `<${url.replace(/[<>\s\\]/g, encodeURIComponent)}>`
    : markdownText(url);
}
