import { startTransition, StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { HydratedRouter } from "react-router/dom";

/**
 * React Router's default client entry, with one difference: hydration waits for the prerendered page's first
 * paint. The module script can arrive before the browser has painted (it is cached, or the network is fast), and
 * hydrating first would hold the whole page back behind JavaScript the reader does not need to start reading.
 */
function hydrate() {
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <HydratedRouter />
      </StrictMode>,
    );
  });
}

// A frame, then a task: the callback of requestAnimationFrame runs before that frame's paint, the timeout after it.
requestAnimationFrame(() => setTimeout(hydrate, 0));
