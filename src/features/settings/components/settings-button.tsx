import { lazy, Suspense, useState } from "react";
import type { BackupPart } from "../../../lib/backup";

const SettingsDialog = lazy(() => import("./settings-dialog").then((m) => ({ default: m.SettingsDialog })));

/** The header's way into the settings; the dialog's code loads on first open. */
export function SettingsButton({ backupParts }: { backupParts: readonly BackupPart[] }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
        className="text-stone-600 hover:text-stone-950 dark:text-stone-400 dark:hover:text-stone-50"
      >
        Settings
      </button>
      {open && (
        <Suspense fallback={null}>
          <SettingsDialog onClose={() => setOpen(false)} backupParts={backupParts} />
        </Suspense>
      )}
    </>
  );
}
