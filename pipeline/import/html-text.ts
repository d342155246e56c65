import { parseHTML } from "linkedom";

/**
 * Feed titles and summaries are HTML more often than the formats allow (`Q&amp;A`, `<b>Live</b>`): one decode
 * to plain text, whitespace collapsed.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\s+/g, " ").trim();
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const holder = document.createElement("div");
  holder.innerHTML = html;
  for (const el of holder.querySelectorAll("script, style, template")) el.remove();
  return (holder.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A feed's or page's date, as the front matter takes it: an ISO 8601 timestamp in UTC, or null. */
export function isoDate(value: string | null | undefined): string | null {
  if (!value?.trim()) return null;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return null;
  return new Date(time).toISOString().replace(/\.000Z$/, "Z");
}
