/**
 * Characters that are never an article's text and that break what is made from it: C0 controls but tab and
 * newline, DEL and the C1 controls (XML 1.0 forbids most of them, so one in a title broke the Atom feed), the bidi
 * embeddings, overrides and isolates (they can make text read differently from what it says), lone surrogates and
 * the noncharacters U+FFFE and U+FFFF (neither can be written as XML). Directional marks (U+200E, U+200F) stay:
 * they are legitimate in mixed-direction text and change nothing outside their own run.
 */
const UNWANTED = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Text as every step after parsing may assume it: line ends are `\n`, VT and FF are spaces, no unwanted characters. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\v\f]/g, " ")
    .replace(UNWANTED, "");
}

/** `cleanText` applied to every string inside a parsed YAML value (front matter); other values are kept. */
export function cleanStrings(value: unknown): unknown {
  if (typeof value === "string") return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanStrings);
  if (value !== null && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanStrings(v)]));
  }
  return value;
}
