import { createContext } from "react-router";

/**
 * What only the build knows, handed to the route loaders while Lede prerenders a page (their `context`):
 * src/app/server/react-router-adapter.ts puts it there. Absent in the browser, in the dev server and in a bare
 * `react-router build`, where every page shows the site's own preview card.
 */
export interface BuildFacts {
  /** Whether the article has a preview image of its own (only the newest get one: LEDE_OG_LIMIT). */
  hasOwnPreviewImage(slug: string): boolean;
}

export const buildContext = createContext<BuildFacts | null>(null);

/** The build's facts from a loader's `context`, or null outside Lede's prerender. */
export function buildFacts(context: { get: (key: typeof buildContext) => BuildFacts | null } | undefined) {
  return context?.get(buildContext) ?? null;
}
