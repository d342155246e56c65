import { ModalDialog } from "../../../components/ui/modal-dialog";
import { SHORTCUTS } from "../shortcuts";

/** The list of shortcuts (`?`); loaded on first open. */
export function ShortcutHelp({ onClose, enabled }: { onClose: () => void; enabled: boolean }) {
  return (
    <ModalDialog title="Keyboard shortcuts" onClose={onClose}>
      {!enabled && (
        <p className="rounded-md bg-stone-100 px-3 py-2 text-sm dark:bg-stone-800">
          Single-key shortcuts are off. Turn them on in Settings.
        </p>
      )}
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Shortcuts in the list and in an article</caption>
        <thead>
          <tr className="border-b border-stone-200 dark:border-stone-700">
            <th scope="col" className="py-2 pr-3">
              Key
            </th>
            <th scope="col" className="py-2 pr-3">
              In the list
            </th>
            <th scope="col" className="py-2">
              In an article
            </th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map(({ keys, list, article }) => (
            <tr key={keys.join()} className="border-b border-stone-100 align-top dark:border-stone-800">
              <th scope="row" className="py-2 pr-3 font-normal whitespace-nowrap">
                {keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && " or "}
                    <kbd className="rounded border border-stone-300 bg-stone-50 px-1.5 font-mono dark:border-stone-600 dark:bg-stone-800">
                      {key}
                    </kbd>
                  </span>
                ))}
              </th>
              <td className="py-2 pr-3">{list ?? "—"}</td>
              <td className="py-2">{article ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-sm text-stone-600 dark:text-stone-400">Shortcuts do nothing while you type in a field.</p>
    </ModalDialog>
  );
}
