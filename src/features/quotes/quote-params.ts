import { z } from "zod/mini";
import { toQueryString } from "../../lib/query-string";

/**
 * A quoted passage, as the W3C TextQuoteSelector describes it: the exact text and a little context either side.
 * In the URL as `?quote=…&quote-prefix=…&quote-suffix=…`.
 */
/** Characters of context kept either side of a quote when a link is made. */
export const QUOTE_CONTEXT = 32;
const MAX_QUOTE = 1000;

export const quoteSelectorSchema = z.object({
  exact: z.string().check(z.minLength(1), z.maxLength(MAX_QUOTE)),
  prefix: z.string().check(z.maxLength(QUOTE_CONTEXT * 2)),
  suffix: z.string().check(z.maxLength(QUOTE_CONTEXT * 2)),
});
export type QuoteSelector = z.infer<typeof quoteSelectorSchema>;

/** Never throws: a missing, empty or oversized quote is no quote. */
export function parseQuote(params: URLSearchParams): QuoteSelector | null {
  const parsed = quoteSelectorSchema.safeParse({
    exact: params.get("quote")?.replace(/\s+/g, " ").trim() ?? "",
    prefix: params.get("quote-prefix") ?? "",
    suffix: params.get("quote-suffix") ?? "",
  });
  return parsed.success ? parsed.data : null;
}

export function serializeQuote(quote: QuoteSelector): string {
  const params = new URLSearchParams({ quote: quote.exact });
  if (quote.prefix) params.set("quote-prefix", quote.prefix);
  if (quote.suffix) params.set("quote-suffix", quote.suffix);
  return toQueryString(params);
}

/** Characters that separate parts of a text directive must be escaped inside them. */
const encodeDirectivePart = (part: string) =>
  encodeURIComponent(part).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");

const LONG_QUOTE = 80;
const EDGE_WORDS = 4;

/**
 * The standard text fragment (`#:~:text=prefix-,start,end,-suffix`) so browsers scroll to and highlight the quote
 * themselves, even where Lede's script has not run. Long quotes use the start/end form.
 */
export function textFragment(quote: QuoteSelector): string {
  const words = quote.exact.split(" ");
  const parts =
    quote.exact.length > LONG_QUOTE && words.length > EDGE_WORDS * 2
      ? [words.slice(0, EDGE_WORDS).join(" "), words.slice(-EDGE_WORDS).join(" ")].map(encodeDirectivePart)
      : [encodeDirectivePart(quote.exact)];
  const prefix = quote.prefix.trim() ? `${encodeDirectivePart(lastWords(quote.prefix))}-,` : "";
  const suffix = quote.suffix.trim() ? `,-${encodeDirectivePart(firstWords(quote.suffix))}` : "";
  return `#:~:text=${prefix}${parts.join(",")}${suffix}`;
}

const lastWords = (text: string) => text.trim().split(/\s+/).slice(-3).join(" ");
const firstWords = (text: string) => text.trim().split(/\s+/).slice(0, 3).join(" ");
