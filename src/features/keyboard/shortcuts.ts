/** Every shortcut, as the help dialog lists them. All are single keys, so one setting turns them all off (WCAG 2.1.4). */
export const SHORTCUTS = [
  { keys: ["j"], list: "Next article", article: "Next article of the list" },
  { keys: ["k"], list: "Previous article", article: "Previous article of the list" },
  { keys: ["o", "Enter"], list: "Open the highlighted article", article: null },
  { keys: ["/"], list: "Search", article: null },
  { keys: ["s"], list: "Save or unsave the highlighted article", article: "Save or unsave this article" },
  { keys: ["m"], list: "Mark the highlighted article read or unread", article: "Mark this article read or unread" },
  { keys: ["u"], list: null, article: "Back to the list" },
  { keys: ["?"], list: "Show this list of shortcuts", article: "Show this list of shortcuts" },
] as const;

export type ShortcutKey = "j" | "k" | "o" | "/" | "s" | "m" | "u" | "?";
const KEYS = new Set<string>(["j", "k", "o", "/", "s", "m", "u", "?"]);

/** Typing in a field, or working in an open dialog: single keys are the reader's, not Lede's. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest("input, textarea, select, [contenteditable]:not([contenteditable='false']), dialog[open]")) {
    return true;
  }
  return false;
}

/** The shortcut a key press asks for, or null: modified keys and keys typed into fields are never shortcuts. */
export function shortcutOf(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "altKey" | "target" | "isComposing">,
): ShortcutKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  return KEYS.has(event.key) ? (event.key as ShortcutKey) : null;
}
