import { Link, useLocation } from "react-router";
import { paths } from "../../../lib/paths";
import { useHydrated } from "../../../lib/use-hydrated";
import { readListOrigin } from "../../../lib/list-origin";

/** Back to the list, with the filter the reader came from when they came from the list. */
export function BackToList() {
  const location = useLocation();
  // The prerendered page cannot know the reader's history, so it links home until hydrated.
  const origin = useHydrated() ? readListOrigin(location.state) : null;
  return (
    <Link
      to={origin ?? paths.home()}
      className="inline-flex items-center gap-1 text-sm font-medium text-red-800 hover:underline dark:text-red-300"
    >
      <span aria-hidden="true">←</span> {backLabel(origin)}
    </Link>
  );
}

function backLabel(origin: string | null): string {
  if (origin === null || origin === paths.home()) return "All articles";
  return origin.startsWith(`${paths.home()}?`) ? "Back to filtered list" : "Back";
}
