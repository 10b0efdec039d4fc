/** Markup that is safe to send: built by `markup`, never from unescaped text. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** An address checked to be a same-site path or an http(s) URL: the only thing `href` takes. */
export class SafeUrl {
  constructor(readonly value: string) {}
}

export type HtmlValue =
  SafeHtml | SafeUrl | string | number | null | undefined | false | HtmlValue[];

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};

/** Text as HTML text or a quoted attribute's value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => ESCAPES[char]!);
}

const UNQUOTED_ATTRIBUTE = /=\s*$/;
const URL_ATTRIBUTE = /\s(?:href|src|action|formaction|srcset|poster)\s*=\s*["']$/i;
const EVENT_ATTRIBUTE = /\son[a-z]+\s*=\s*["']?$/i;

function render(value: HtmlValue, before: string): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((item) => render(item, before)).join('');
  // A template mistake would be an injection only for some data: fail on every render instead.
  if (UNQUOTED_ATTRIBUTE.test(before)) throw new Error('markup: an attribute value must be quoted');
  if (EVENT_ATTRIBUTE.test(before))
    throw new Error('markup: no values in event handler attributes');
  if (URL_ATTRIBUTE.test(before) !== value instanceof SafeUrl)
    throw new Error('markup: a URL attribute takes a SafeUrl, and a SafeUrl goes only there');
  if (value instanceof SafeHtml) return value.value;
  if (value instanceof SafeUrl) return escapeHtml(value.value);
  return escapeHtml(String(value));
}

/**
 * A template whose interpolated values are escaped, unless they are already SafeHtml. Not named
 * `html`: Prettier formats templates of that name as documents, closing the open tags of marks.
 */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  for (let index = 0; index < values.length; index++)
    out += render(values[index], strings[index]!) + strings[index + 1]!;
  return new SafeHtml(out);
}

/** Joins fragments without escaping them again. */
export function joinHtml(parts: SafeHtml[], separator = ''): SafeHtml {
  return new SafeHtml(parts.map((part) => part.value).join(separator));
}
