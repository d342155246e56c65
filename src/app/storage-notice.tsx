import { dismissStorageProblem, STORAGE_PROBLEM_MESSAGES, useStorageProblem } from "../lib/storage-notice";

/** Told once: storage is full, disabled or held something unreadable, and Lede carries on with the defaults. */
export function StorageNotice() {
  const problem = useStorageProblem();
  return (
    <div
      role="status"
      className={
        problem
          ? "border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
          : "sr-only"
      }
    >
      {problem && (
        <div className="mx-auto flex max-w-5xl items-start justify-between gap-4 px-4 py-2 text-sm sm:px-6">
          <p>{STORAGE_PROBLEM_MESSAGES[problem]}</p>
          <button
            type="button"
            onClick={dismissStorageProblem}
            className="shrink-0 font-medium underline underline-offset-2"
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
