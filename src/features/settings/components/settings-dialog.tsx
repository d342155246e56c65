import { useRef, useState, type ReactNode } from "react";
import { ModalDialog } from "../../../components/ui/modal-dialog";
import { checkBackup, createBackup, type BackupPart } from "../../../lib/backup";
import { FONTS, LINE_WIDTHS, TEXT_SIZES, THEMES, updateSettings, useSettings, type Settings } from "../settings";

const LABELS = {
  theme: { system: "Same as the system", light: "Light", dark: "Dark" },
  textSize: { small: "Small", medium: "Medium", large: "Large", "x-large": "Extra large" },
  lineWidth: { narrow: "Narrow", medium: "Medium", wide: "Wide" },
  font: { serif: "Serif", sans: "Sans serif" },
} as const;

/** Loaded on first open (it is not part of any page's first load). */
export function SettingsDialog({ onClose, backupParts }: { onClose: () => void; backupParts: readonly BackupPart[] }) {
  const settings = useSettings();
  return (
    <ModalDialog title="Reading settings" onClose={onClose}>
      <Choices legend="Theme" name="theme" values={THEMES} settings={settings} />
      <Choices legend="Text size" name="textSize" values={TEXT_SIZES} settings={settings} />
      <Choices legend="Line width" name="lineWidth" values={LINE_WIDTHS} settings={settings} />
      <Choices legend="Typeface" name="font" values={FONTS} settings={settings} />
      <fieldset>
        <legend className="mb-2 text-sm font-semibold">Keyboard</legend>
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            checked={settings.shortcuts}
            onChange={(event) => updateSettings({ shortcuts: event.currentTarget.checked })}
            className="mt-1 size-4 accent-red-700"
          />
          <span>
            Single-key shortcuts (j, k, s, m, ?)
            <span className="block text-sm text-stone-600 dark:text-stone-400">
              Turn off if keys are pressed by accident, for example by speech input.
            </span>
          </span>
        </label>
      </fieldset>
      <Backup parts={backupParts} />
    </ModalDialog>
  );
}

type ChoiceName = "theme" | "textSize" | "lineWidth" | "font";

function Choices<K extends ChoiceName>({
  legend,
  name,
  values,
  settings,
}: {
  legend: string;
  name: K;
  values: readonly Settings[K][];
  settings: Settings;
}) {
  const labels: Record<string, string> = LABELS[name];
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {values.map((value) => (
          <label
            key={value}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-stone-300 px-3 py-1.5 text-sm has-checked:border-red-700 has-checked:bg-red-50 has-checked:font-semibold dark:border-stone-600 dark:has-checked:border-red-400 dark:has-checked:bg-red-400/15"
          >
            <input
              type="radio"
              name={name}
              value={value}
              checked={settings[name] === value}
              onChange={() => updateSettings({ [name]: value })}
              className="accent-red-700"
            />
            {labels[value]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Backup({ parts }: { parts: readonly BackupPart[] }) {
  const [message, setMessage] = useState<ReactNode>("");
  const fileRef = useRef<HTMLInputElement>(null);
  const button =
    "rounded-md border border-stone-400 px-3 py-1.5 text-sm font-medium hover:bg-stone-100 dark:border-stone-500 dark:hover:bg-stone-800";

  const exportFile = async () => {
    const text = await createBackup(parts);
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = `lede-reading-state-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    setMessage("Exported.");
  };

  const importFile = async (file: File) => {
    const check = checkBackup(await file.text(), parts);
    if (!check.ok) {
      setMessage(`Nothing was changed: ${check.problem}`);
      return;
    }
    await check.apply();
    setMessage("Imported: your reading state and settings are restored.");
  };

  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">Your reading state</legend>
      <p className="mb-3 text-sm text-stone-600 dark:text-stone-400">
        What you have read and saved, where you stopped and these settings live only in this browser. Export them to one
        file to move them to another.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" className={button} onClick={() => void exportFile()}>
          Export to a file
        </button>
        <button type="button" className={button} onClick={() => fileRef.current?.click()}>
          Import from a file…
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          aria-label="Reading-state file to import"
          className="sr-only"
          tabIndex={-1}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = "";
            if (file) void importFile(file);
          }}
        />
      </div>
      <p role="status" className="mt-2 text-sm">
        {message}
      </p>
    </fieldset>
  );
}
