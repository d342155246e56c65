export interface Range {
  start: number;
  end: number;
}

export interface Segment<R extends Range> {
  start: number;
  end: number;
  text: string;
  /** The range this segment renders, or null for plain text between ranges. */
  range: R | null;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** A boundary that would split a surrogate pair (half an emoji) is not a boundary. */
function isCodePointBoundary(text: string, index: number): boolean {
  return index === 0 || index === text.length || !isHighSurrogate(text.charCodeAt(index - 1));
}

/**
 * Splits text into plain and ranged segments that never overlap and concatenate back to `text` exactly.
 * Ranges are UTF-16 offsets (end exclusive). Ranges out of bounds, empty, splitting a surrogate pair or
 * overlapping an earlier-starting (or equal-start, longer) range are dropped rather than rendered wrongly.
 */
export function segmentText<R extends Range>(text: string, ranges: readonly R[]): Segment<R>[] {
  const valid = ranges
    .filter(
      (r) =>
        Number.isInteger(r.start) &&
        Number.isInteger(r.end) &&
        r.start >= 0 &&
        r.end <= text.length &&
        r.start < r.end &&
        isCodePointBoundary(text, r.start) &&
        isCodePointBoundary(text, r.end),
    )
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: Segment<R>[] = [];
  let cursor = 0;
  for (const range of valid) {
    if (range.start < cursor) continue;
    if (range.start > cursor) segments.push(plain(text, cursor, range.start));
    segments.push({ start: range.start, end: range.end, text: text.slice(range.start, range.end), range });
    cursor = range.end;
  }
  if (cursor < text.length) segments.push(plain(text, cursor, text.length));
  return segments;
}

function plain<R extends Range>(text: string, start: number, end: number): Segment<R> {
  return { start, end, text: text.slice(start, end), range: null };
}

export interface Piece {
  start: number;
  end: number;
  text: string;
  /** Inside the highlighted range (e.g. a quoted passage). */
  highlighted: boolean;
}

/**
 * Cuts one segment where a highlight range begins and ends, so a highlight can run across and inside entity
 * marks. Pieces concatenate back to the segment's text.
 */
export function splitByHighlight(
  segment: { start: number; end: number; text: string },
  highlight: Range | null,
): Piece[] {
  const cuts = [segment.start, segment.end];
  if (highlight) {
    for (const at of [highlight.start, highlight.end]) if (at > segment.start && at < segment.end) cuts.push(at);
  }
  cuts.sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    if (start === end) continue;
    pieces.push({
      start,
      end,
      text: segment.text.slice(start - segment.start, end - segment.start),
      highlighted: highlight !== null && start >= highlight.start && end <= highlight.end,
    });
  }
  return pieces;
}
