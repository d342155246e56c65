import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from "react-router";
import { paths } from "../lib/paths";

/** Every route's error boundary: a real not-found page, or the failure with a retry. Never a blank page. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />;
  return <LoadFailed error={error} />;
}

export function NotFound() {
  return (
    <section aria-labelledby="not-found-heading" className="py-16 text-center">
      <p className="text-sm font-semibold tracking-wide text-red-800 uppercase dark:text-red-300">404</p>
      <h1 id="not-found-heading" className="mt-2 font-serif text-3xl font-bold">
        This page isn’t here
      </h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        The article or page you followed a link to doesn’t exist in this collection.
      </p>
      <p className="mt-6">
        <Link
          to={paths.home()}
          className="rounded-full bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 dark:bg-red-400 dark:text-stone-950"
        >
          Go to all articles
        </Link>
      </p>
    </section>
  );
}

function LoadFailed({ error }: { error: unknown }) {
  const revalidator = useRevalidator();
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : null;
  return (
    <section role="alert" aria-labelledby="error-heading" className="py-16 text-center">
      <h1 id="error-heading" className="font-serif text-3xl font-bold">
        This page couldn’t be loaded
      </h1>
      <p className="mt-3 text-stone-700 dark:text-stone-300">
        Something went wrong while loading the articles. Check your connection and try again.
      </p>
      {detail && <p className="mt-2 font-mono text-xs text-stone-500 dark:text-stone-400">{detail}</p>}
      <p className="mt-6 flex justify-center gap-4">
        <button
          type="button"
          onClick={() => void revalidator.revalidate()}
          disabled={revalidator.state === "loading"}
          className="rounded-full bg-red-700 px-4 py-2 font-medium text-white hover:bg-red-800 disabled:opacity-60 dark:bg-red-400 dark:text-stone-950"
        >
          {revalidator.state === "loading" ? "Retrying…" : "Retry"}
        </button>
        <Link to={paths.home()} className="px-4 py-2 font-medium text-red-800 underline dark:text-red-300">
          All articles
        </Link>
      </p>
    </section>
  );
}
