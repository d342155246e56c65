import { Toast } from "./toast";
import { useShare } from "./use-share";

/**
 * Shares the page as it is now: its URL carries every view state (filters, focus, quote, paragraph), so the link
 * reopens exactly this view.
 */
export function ShareButton() {
  const { message, share } = useShare();
  return (
    <span className="relative inline-flex items-center">
      <button
        type="button"
        onClick={() => void share({ url: window.location.href, title: document.title })}
        className="inline-flex items-center gap-1 rounded-full border border-stone-300 px-3 py-1 text-sm font-medium text-stone-800 hover:border-stone-500 dark:border-stone-600 dark:text-stone-200"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-current">
          <path d="M13 3a3 3 0 1 1-2.83 4L7.9 8.2a3 3 0 0 1 0 3.6l2.27 1.2A3 3 0 1 1 9.7 14.7l-2.27-1.2a3 3 0 1 1 0-7l2.27-1.2A3 3 0 0 1 13 3Z" />
        </svg>
        Share
      </button>
      <Toast message={message} />
    </span>
  );
}
