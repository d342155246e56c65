import { useEffect, useState, type RefObject } from "react";
import type { Position } from "./entries";
import { getPosition, loadReadingState, savePosition } from "./store";

/** How far down the screen a block's bottom must be for it to count as where the reader is (below the header). */
const TOP_OFFSET = 80;
const SAVE_DELAY = 400;

/**
 * Where the reader is in an article, by paragraph: the first block whose bottom is below the top of the screen.
 * Reopening the article scrolls that block to the top, whatever the width (pixels would not survive a narrower
 * window or a larger text size). A link to a paragraph, a quote, an entity or a search match wins over resuming.
 * The progress bar is written directly (a scroll should not re-render the article).
 */
export function useReadingPosition(
  slug: string,
  containerRef: RefObject<HTMLElement | null>,
  barRef: RefObject<HTMLElement | null>,
): { resumed: boolean; dismiss: () => void } {
  const [resumed, setResumed] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let tracking = false;
    let pending: Position | null = null;
    const flush = () => {
      clearTimeout(timer);
      if (pending) savePosition(slug, pending);
      pending = null;
    };

    const measure = () => {
      frame = 0;
      const container = containerRef.current;
      if (!container) return;
      const rect = container.getBoundingClientRect();
      const progress = clamp((window.innerHeight - rect.top) / Math.max(rect.height, 1));
      const bar = barRef.current;
      if (bar) {
        bar.style.transform = `scaleX(${progress})`;
        bar.setAttribute("aria-valuenow", String(Math.round(progress * 100)));
      }
      if (!tracking) return;
      const blocks = container.querySelectorAll<HTMLElement>(".article-block");
      const current = [...blocks].find((block) => block.getBoundingClientRect().bottom > TOP_OFFSET);
      if (!current) return;
      clearTimeout(timer);
      pending = { block: current.id.replace(/^p-/, ""), progress, at: Date.now() };
      timer = setTimeout(flush, SAVE_DELAY);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };

    window.addEventListener("scroll", onScroll, { passive: true });
    window.addEventListener("resize", onScroll, { passive: true });
    window.addEventListener("pagehide", flush);
    onScroll();
    void loadReadingState().then(() => {
      if (cancelled) return;
      const saved = getPosition(slug);
      const target = saved && resumable() ? document.getElementById(`p-${saved.block}`) : null;
      // Stopped at the first paragraph is not a place to come back to.
      if (target && target !== containerRef.current?.querySelector(".article-block")) {
        target.scrollIntoView({ block: "start" });
        setResumed(slug);
      }
      // Only now: the first scroll events (the browser's own restoring, or the resume itself) are not the reader's.
      requestAnimationFrame(() => {
        tracking = true;
      });
    });
    return () => {
      cancelled = true;
      cancelAnimationFrame(frame);
      flush();
      window.removeEventListener("pagehide", flush);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("resize", onScroll);
    };
  }, [slug, containerRef, barRef]);

  return { resumed: resumed === slug, dismiss: () => setResumed(null) };
}

/** A URL that points somewhere in the article (a paragraph, a quote, an entity, a search match) is not resumed. */
function resumable(): boolean {
  const params = new URLSearchParams(window.location.search);
  return !window.location.hash && !["quote", "entity", "highlight"].some((name) => params.has(name));
}

const clamp = (value: number) => Math.min(1, Math.max(0, value));
