import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal on the browser's own `<dialog>`: focus moves in, stays in, Escape closes, and focus goes back to what
 * opened it. Mounted when wanted and shown at once, so a lazily loaded dialog opens as soon as its code arrives.
 */
export function ModalDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onClose={onClose}
      className="m-auto max-h-[90dvh] w-[min(36rem,calc(100vw-2rem))] overflow-y-auto rounded-lg border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-950/50 dark:border-stone-700 dark:bg-stone-900 dark:text-stone-100"
    >
      <div className="flex items-center justify-between gap-4 border-b border-stone-200 px-5 py-3 dark:border-stone-700">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        <button
          type="button"
          onClick={() => ref.current?.close()}
          className="rounded px-2 py-1 text-sm font-medium text-stone-700 hover:bg-stone-100 dark:text-stone-300 dark:hover:bg-stone-800"
        >
          Close
        </button>
      </div>
      <div className="space-y-5 px-5 py-4">{children}</div>
    </dialog>
  );
}
