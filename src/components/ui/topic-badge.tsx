import type { ReactNode } from "react";
import { cn } from "../../lib/cn";

/**
 * A topic chip. The primary topic is solid; a secondary one is outlined, lighter, and says "secondary topic" to
 * screen readers, so the two differ by shape and text as well as by colour.
 */
export function TopicBadge({ children, primary = false }: { children: ReactNode; primary?: boolean }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-xs tracking-wide",
        primary
          ? "border-red-700 bg-red-700 font-semibold text-white dark:border-red-400 dark:bg-red-400 dark:text-stone-950"
          : "border-dashed border-stone-400 bg-transparent font-medium text-stone-700 dark:border-stone-500 dark:text-stone-300",
      )}
    >
      {!primary && <span className="sr-only">Secondary topic: </span>}
      {children}
    </span>
  );
}
