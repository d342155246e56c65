import { useEffect, useRef, type ReactNode } from "react";

interface LoadMoreProps {
  /** Called when the end of the first screen comes near (scrolling loads the rest). */
  onVisible: () => void;
  loading: boolean;
  /** Shown when not loading (e.g. a <noscript> note). */
  children?: ReactNode;
}

export function LoadMore({ onVisible, loading, children }: LoadMoreProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof IntersectionObserver !== "function") return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && onVisible(), {
      rootMargin: "800px",
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [onVisible]);
  return (
    <div ref={ref} className="py-6 text-center text-sm text-stone-600 dark:text-stone-400">
      {loading ? "Loading more articles…" : children}
    </div>
  );
}
