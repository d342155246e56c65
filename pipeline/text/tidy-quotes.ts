/**
 * Scraped headlines often pad straight quotes with spaces (`the US "Exchanging Guarantees "`). When the quotes pair
 * up, the space just inside each pair is dropped; unpaired quotes are left alone rather than guessed at.
 */
export function tidyQuotes(text: string): string {
  const parts = text.split('"');
  if (parts.length < 3 || parts.length % 2 === 0) return text;
  return parts.map((part, i) => (i % 2 === 1 ? part.trim() : part)).join('"');
}
