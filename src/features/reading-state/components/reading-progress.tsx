import type { RefObject } from "react";

/** A thin bar at the top of the screen; its width is written on scroll by useReadingPosition. */
export function ReadingProgress({ barRef }: { barRef: RefObject<HTMLDivElement | null> }) {
  return (
    <div
      ref={barRef}
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={0}
      className="fixed inset-x-0 top-0 z-40 h-1 origin-left scale-x-0 bg-red-700 print:hidden dark:bg-red-400"
    />
  );
}
