import { cacheArticleForOffline } from "../../features/offline/available-offline";
import { toggleSaved } from "../../features/reading-state/store";

/**
 * Saves or unsaves an article; a newly saved one is also kept for offline reading (features/offline), even if the
 * reader saved it from the list without opening it. Composed here: reading-state and offline are features apart.
 */
export function toggleSavedForOffline(slug: string, saved: ReadonlySet<string>): void {
  const saving = !saved.has(slug);
  toggleSaved(slug);
  if (saving) void cacheArticleForOffline(slug);
}
