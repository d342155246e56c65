import { useState } from "react";
import { formatCount } from "../../../lib/format";

/** "Mark all in this view as read", and an undo that unmarks exactly the articles it marked. */
export function MarkAllRead({
  unread,
  slugs,
  onMarkRead,
  onMarkUnread,
}: {
  unread: number;
  slugs: () => readonly string[];
  onMarkRead: (slugs: readonly string[]) => readonly string[];
  onMarkUnread: (slugs: readonly string[]) => void;
}) {
  const [marked, setMarked] = useState<readonly string[] | null>(null);
  if (unread === 0 && !marked?.length) return null;
  const button = "text-sm font-medium text-red-800 underline underline-offset-2 dark:text-red-300";
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <button type="button" className={button} onClick={() => setMarked(onMarkRead(slugs()))}>
        Mark all in this view as read
      </button>
      <span role="status" className="text-sm text-stone-700 dark:text-stone-300">
        {marked && marked.length > 0 && `Marked ${formatCount(marked.length, "article")} as read.`}
      </span>
      {marked && marked.length > 0 && (
        <button
          type="button"
          className={button}
          onClick={() => {
            onMarkUnread(marked);
            setMarked(null);
          }}
        >
          Undo
        </button>
      )}
    </span>
  );
}
