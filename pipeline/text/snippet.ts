import type { Snippet } from "../../src/schema/entity-detail";

/**
 * About `radius` characters either side of [start, end), widened to whole words, with an ellipsis where text was
 * cut. The mention's offsets are returned relative to the snippet.
 */
export function snippetAround(text: string, start: number, end: number, radius = 90): Snippet {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) {
    const space = text.indexOf(" ", from);
    from = space === -1 || space >= start ? from : space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(" ", to);
    to = space <= end ? to : space;
  }
  const prefix = from > 0 ? "…" : "";
  const suffix = to < text.length ? "…" : "";
  const body = text.slice(from, to);
  return {
    text: `${prefix}${body}${suffix}`,
    start: prefix.length + start - from,
    end: prefix.length + end - from,
  };
}
