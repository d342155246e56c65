import type { ReactNode } from "react";
import { cn } from "../../lib/cn";

export function TopicBadge({ children, primary = false }: { children: ReactNode; primary?: boolean }) {
  return (
    <span
      className={cn(
        "inline-flex items-center rounded-full px-2.5 py-0.5 text-xs font-semibold tracking-wide",
        primary
          ? "bg-red-700 text-white dark:bg-red-400 dark:text-stone-950"
          : "bg-stone-200 text-stone-800 dark:bg-stone-700 dark:text-stone-100",
      )}
    >
      {children}
    </span>
  );
}
