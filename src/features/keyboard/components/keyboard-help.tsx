import { lazy, Suspense, useState } from "react";
import { useShortcuts } from "../use-shortcuts";

const ShortcutHelp = lazy(() => import("./shortcut-help").then((m) => ({ default: m.ShortcutHelp })));

/** A visible way to the list of shortcuts, and `?` to open it from anywhere. */
export function KeyboardHelp({ enabled }: { enabled: boolean }) {
  const [open, setOpen] = useState(false);
  useShortcuts({ "?": () => setOpen(true) }, enabled);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="underline underline-offset-2"
      >
        Keyboard shortcuts
      </button>
      {open && (
        <Suspense fallback={null}>
          <ShortcutHelp enabled={enabled} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
