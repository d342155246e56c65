import type { ListReading } from "../list-reading";

/**
 * A row's read state and save button. Read and unread differ in words and shape (a filled dot, a tick), not only
 * in colour. The button sits above the card's stretched link. The symbols are generated content with empty
 * alternative text (`.reading-mark`, `.save-toggle` in app.css), so screen readers say only the words, and a row adds
 * four elements: a filter click renders a screenful of new rows, and each element is render and style work.
 */
export function ReadingMarks({
  title,
  read,
  saved,
  onToggleSaved,
}: {
  title: string;
  read: boolean;
  saved: boolean;
  onToggleSaved: () => void;
}) {
  return (
    <div className="relative z-10 flex items-center gap-3 text-xs font-medium">
      <span
        data-read={read}
        className={`reading-mark ${read ? "text-stone-600 dark:text-stone-400" : "text-red-800 dark:text-red-300"}`}
      >
        {read ? "Read" : "Unread"}
      </span>
      <button
        type="button"
        aria-pressed={saved}
        onClick={onToggleSaved}
        className="save-toggle rounded-full border border-stone-300 px-2.5 py-0.5 text-stone-800 hover:border-stone-500 aria-pressed:border-red-700 aria-pressed:bg-red-50 aria-pressed:text-red-900 dark:border-stone-600 dark:text-stone-200 dark:aria-pressed:border-red-400 dark:aria-pressed:bg-red-400/15 dark:aria-pressed:text-red-100"
      >
        Save<span className="sr-only"> “{title}”</span>
      </button>
    </div>
  );
}

/** A row's marks from the reader's state; undefined until the state is known, so nothing shows before it. */
export function marksFor(reading: ListReading | undefined, slug: string, title: string) {
  if (!reading?.loaded) return undefined;
  return (
    <ReadingMarks
      title={title}
      read={reading.read.has(slug)}
      saved={reading.saved.has(slug)}
      onToggleSaved={() => reading.toggleSaved(slug)}
    />
  );
}
