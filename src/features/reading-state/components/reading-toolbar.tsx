import { Link } from "react-router";

export interface NeighbourLink {
  href: string;
  title: string | null;
}

interface ReadingToolbarProps {
  saved: boolean;
  read: boolean;
  onToggleSaved: () => void;
  onToggleRead: () => void;
  previous: NeighbourLink | null;
  next: NeighbourLink | null;
  /** Where this article is in the list it was opened from ("3 of 12"), once known. */
  position: string | null;
  /** History state for the neighbour links, so they keep the way back to the list. */
  linkState: unknown;
}

const button =
  "rounded-full border border-stone-300 px-3 py-1 text-sm font-medium text-stone-800 hover:border-stone-500 dark:border-stone-600 dark:text-stone-200";

/** Save, read state, and the previous and next article of the list the reader came from. */
export function ReadingToolbar({
  saved,
  read,
  onToggleSaved,
  onToggleRead,
  previous,
  next,
  position,
  linkState,
}: ReadingToolbarProps) {
  return (
    <div className="flex min-h-9 flex-wrap items-center justify-between gap-3 print:hidden">
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          aria-pressed={saved}
          onClick={onToggleSaved}
          className={`${button} aria-pressed:border-red-700 aria-pressed:bg-red-50 aria-pressed:text-red-900 dark:aria-pressed:border-red-400 dark:aria-pressed:bg-red-400/15 dark:aria-pressed:text-red-100`}
        >
          <span aria-hidden="true">{saved ? "★" : "☆"} </span>Save
        </button>
        <button type="button" onClick={onToggleRead} className={button}>
          {read ? "Mark as unread" : "Mark as read"}
        </button>
      </div>
      {(previous || next) && (
        <nav aria-label="Articles in your list" className="flex items-center gap-3 text-sm font-medium">
          {previous && <ToNeighbour to={previous} rel="prev" state={linkState} />}
          {position && <span className="text-stone-600 tabular-nums dark:text-stone-400">{position}</span>}
          {next && <ToNeighbour to={next} rel="next" state={linkState} />}
        </nav>
      )}
    </div>
  );
}

/** The previous or next article of the reader's list, with its title for screen readers. */
function ToNeighbour({ to, rel, state }: { to: NeighbourLink; rel: "prev" | "next"; state: unknown }) {
  return (
    <Link to={to.href} state={state} rel={rel} className="text-red-800 hover:underline dark:text-red-300">
      {rel === "prev" && <span aria-hidden="true">← </span>}
      {rel === "prev" ? "Previous" : "Next"}
      <span className="sr-only"> article</span>
      {to.title && <span className="sr-only">: {to.title}</span>}
      {rel === "next" && <span aria-hidden="true"> →</span>}
    </Link>
  );
}
