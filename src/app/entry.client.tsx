import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";

// React Router's default client entry. It runs only after the prerendered page's first paint: the page's module
// script is added then (src/app/server/defer-scripts.ts, decision 016). Navigations render at once rather than as
// transitions, which render in slices with paints of the old page in between (decision 018).
// Marks for measuring what a page's JavaScript costs: every module is evaluated by now; `lede:hydrated` (root.tsx)
// follows the first commit.
performance.mark("lede:entry");
startTransition(() => {
  hydrateRoot(
    document,
    <StrictMode>
      <HydratedRouter useTransitions={false} />
    </StrictMode>,
  );
});
