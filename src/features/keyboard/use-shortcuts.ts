import { useEffect, useEffectEvent } from "react";
import { shortcutOf, type ShortcutKey } from "./shortcuts";

export type ShortcutHandlers = Partial<Record<ShortcutKey, () => void>>;

/** Listens for the given single-key shortcuts while `enabled` (the reader's setting). */
export function useShortcuts(handlers: ShortcutHandlers, enabled: boolean): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    const key = shortcutOf(event);
    const handler = key ? handlers[key] : undefined;
    if (!handler || event.defaultPrevented) return;
    event.preventDefault();
    handler();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKey(event);
    document.addEventListener("keydown", listener);
    return () => document.removeEventListener("keydown", listener);
  }, [enabled]);
}
