import type { QuoteMatch } from "../find-quote";

/** Says plainly whether the quote a link points at was found, found only approximately, or not found. */
export function QuoteStatus({ match }: { match: QuoteMatch | null }) {
  const text =
    match === null
      ? "The quoted passage could not be found in this article. It may have been edited since the link was made."
      : match.exact
        ? "The quoted passage is highlighted below."
        : "The article has changed since this link was made; the closest match to the quoted passage is highlighted.";
  return (
    <p
      role="status"
      className={
        match === null
          ? "rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-300/40 dark:bg-amber-300/10 dark:text-amber-50"
          : "rounded-md bg-yellow-100 px-3 py-2 text-sm text-stone-900 dark:bg-yellow-300/15 dark:text-stone-100"
      }
    >
      {text}
    </p>
  );
}
