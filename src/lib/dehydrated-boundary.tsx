import { HydrationBoundary } from "@tanstack/react-query";
import { useMemo, type ReactNode } from "react";
import { parseDehydrated, type DehydratedJson } from "./query-client";

/** TanStack's `HydrationBoundary` for a route loader's `prefetchDehydrated` state (null after an in-app navigation). */
export function DehydratedBoundary({ state, children }: { state: DehydratedJson | null; children: ReactNode }) {
  const parsed = useMemo(() => (state === null ? null : parseDehydrated(state)), [state]);
  return <HydrationBoundary state={parsed}>{children}</HydrationBoundary>;
}
