import { useWindowVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";

interface ResultListProps {
  count: number;
  /** A stable key for row i (its slug); keep the function itself stable (useCallback): a new one re-measures every row. */
  keyOf: (index: number) => string;
  renderRow: (index: number) => ReactNode;
  /** The URL search string the rows are the results for; "" while they are not yet the current URL's. */
  resultsFor: string | null;
  /** Bumped when content above the list changes height, so the list re-reads its offset. */
  layoutVersion?: unknown;
  /** A row to bring into view and focus when the list first renders (the article the reader came back from). */
  focusIndex?: number | null;
}

/** The first screen's height in rows, rendered before anything is measured (and by the prerendered page). */
const ESTIMATED_ROW = 200;
const estimateSize = () => ESTIMATED_ROW;

/**
 * Only the rows on screen (and a few either side) are in the DOM, whatever the article count; the page keeps its
 * own scrollbar (window virtualisation), and rows measure themselves, since summaries and titles vary.
 */
export function VirtualResultList({ count, keyOf, renderRow, resultsFor, layoutVersion, focusIndex }: ResultListProps) {
  const listRef = useRef<HTMLOListElement>(null);
  const [offset, setOffset] = useState(0);
  useLayoutEffect(() => {
    const list = listRef.current;
    if (list) setOffset(list.getBoundingClientRect().top + window.scrollY);
  }, [layoutVersion, count]);

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize,
    overscan: 4,
    scrollMargin: offset,
    getItemKey: keyOf,
  });
  const items = virtualizer.getVirtualItems();

  // Once, on the first render with rows: scroll the row in (rows below are measured as they render, so it may take
  // a few frames to settle) and focus its link, so that Back keeps the reader's place in a list of any length.
  const toFocus = useRef(focusIndex ?? null);
  useEffect(() => {
    const index = toFocus.current;
    toFocus.current = null;
    if (index === null) return;
    let frames = 0;
    let frame = 0;
    const settle = () => {
      virtualizer.scrollToIndex(index, { align: "center" });
      const link = listRef.current?.querySelector<HTMLElement>(`li[data-index="${index}"] a[href]`);
      if (link && frames >= 2) {
        link.focus({ preventScroll: true });
        return;
      }
      if (++frames < 20) frame = requestAnimationFrame(settle);
    };
    frame = requestAnimationFrame(settle);
    return () => cancelAnimationFrame(frame);
  }, [virtualizer]);

  return (
    <ol
      ref={listRef}
      aria-label="Articles"
      data-results-for={resultsFor ?? ""}
      className="relative"
      style={{ height: virtualizer.getTotalSize() }}
    >
      {items.map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          aria-setsize={count}
          aria-posinset={item.index + 1}
          className="absolute inset-x-0 top-0"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          {renderRow(item.index)}
        </li>
      ))}
    </ol>
  );
}

/** The same list without virtualisation: the prerendered first screen, before the catalog is loaded. */
export function StaticResultList({ count, keyOf, renderRow, resultsFor }: ResultListProps) {
  return (
    <ol aria-label="Articles" data-results-for={resultsFor ?? ""}>
      {Array.from({ length: count }, (_, i) => (
        <li key={keyOf(i)} aria-setsize={count} aria-posinset={i + 1}>
          {renderRow(i)}
        </li>
      ))}
    </ol>
  );
}
