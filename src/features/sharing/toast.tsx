import { cn } from "../../lib/cn";

/**
 * A confirmation that is seen and announced: the live region is always in the page (screen readers only announce
 * changes to a region they already know), and is only drawn while it has something to say.
 */
export function Toast({ message, placement = "below" }: { message: string; placement?: "below" | "screen-bottom" }) {
  return (
    <span
      role="status"
      className={cn(
        message
          ? "z-30 rounded-md bg-stone-900 px-3 py-1.5 font-sans text-sm font-medium text-white shadow-lg dark:bg-stone-100 dark:text-stone-900"
          : "sr-only",
        message && placement === "below" && "absolute top-full right-0 mt-2 whitespace-nowrap",
        message && placement === "screen-bottom" && "fixed bottom-6 left-1/2 max-w-[90vw] -translate-x-1/2",
      )}
    >
      {message}
    </span>
  );
}
