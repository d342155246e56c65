import { useMemo } from "react";
import type { ListReading } from "../../features/article-list/list-reading";
import { activeRow, moveRow, openRow, rowSlug } from "../../features/keyboard/row-focus";
import { announce } from "../../features/keyboard/announcer";
import { useShortcuts } from "../../features/keyboard/use-shortcuts";
import { markRead, markUnread, toggleRead, useReadingState } from "../../features/reading-state/store";
import { useSettings } from "../../features/settings/settings";
import { toggleSavedForOffline } from "./save-article";

/**
 * The list's share of the reader's own state and keys: read and saved marks from reading-state, j/k/o/s/m and /
 * from keyboard, composed here because features do not import each other.
 */
export function useListReading(): ListReading {
  const state = useReadingState();
  const { shortcuts } = useSettings();
  useShortcuts(
    {
      j: () => announceRow(moveRow(1), state.read),
      k: () => announceRow(moveRow(-1), state.read),
      o: () => openRow(activeRow()),
      s: () => withRow((slug) => toggleSavedForOffline(slug, state.saved)),
      m: () => withRow(toggleRead),
      "/": () => document.querySelector<HTMLInputElement>('input[type="search"]')?.focus(),
    },
    shortcuts,
  );
  return useMemo(
    () => ({
      loaded: state.loaded,
      read: state.read,
      saved: state.saved,
      toggleSaved: (slug: string) => toggleSavedForOffline(slug, state.saved),
      markRead,
      markUnread,
    }),
    [state],
  );
}

function withRow(action: (slug: string) => void): void {
  const slug = rowSlug(activeRow());
  if (slug) action(slug);
}

function announceRow(row: HTMLElement | null, read: ReadonlySet<string>): void {
  if (!row) return;
  const slug = rowSlug(row) ?? "";
  const item = row.closest("li");
  const position = item?.getAttribute("aria-posinset");
  const total = item?.getAttribute("aria-setsize");
  const title = row.querySelector("h2")?.textContent ?? "";
  announce(`${title}. ${position && total ? `${position} of ${total}, ` : ""}${read.has(slug) ? "read" : "unread"}.`);
}
