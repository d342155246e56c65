/**
 * An article's blocks as one searchable text: joined by single spaces, so a quote that runs across paragraphs
 * (whose selection reads as whitespace between them) can be found, and offsets map back to blocks one to one.
 */
export function joinBlocks(texts: readonly string[]): string {
  return texts.join(" ");
}

/** The part of [start, end) in the joined text that falls in each block, in block-local offsets. */
export function rangesInBlocks(
  texts: readonly string[],
  start: number,
  end: number,
): Map<number, { start: number; end: number }> {
  const out = new Map<number, { start: number; end: number }>();
  let offset = 0;
  texts.forEach((text, index) => {
    const from = Math.max(start, offset);
    const to = Math.min(end, offset + text.length);
    if (from < to) out.set(index, { start: from - offset, end: to - offset });
    offset += text.length + 1;
  });
  return out;
}

/** Where block `index` starts in the joined text. */
export function blockOffset(texts: readonly string[], index: number): number {
  let offset = 0;
  for (let i = 0; i < index && i < texts.length; i++) offset += (texts[i]?.length ?? 0) + 1;
  return offset;
}
