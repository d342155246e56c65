import { useEffect, useMemo, useSyncExternalStore } from "react";
import { createSpeechReader, INITIAL_READER_STATE, type SpeechPart } from "./speech-reader";

/** Marks the paragraph being read (styled here, so the reading feature's markup needs to know nothing of it). */
// An outline and no background: entity marks keep their own colours inside it.
const CURRENT_CLASSES = ["rounded-md", "outline-2", "outline-offset-8", "outline-sky-700", "dark:outline-sky-300"];
export const CURRENT_ATTRIBUTE = "data-listening";

/**
 * A speech reader for these paragraphs (the same array while the article is the same), its state, and the
 * paragraph being read highlighted and kept in view. Leaving the page stops the voice.
 */
export function useSpeechReader(parts: readonly SpeechPart[]) {
  const reader = useMemo(() => createSpeechReader(parts), [parts]);
  const state = useSyncExternalStore(reader.subscribe, reader.getState, () => INITIAL_READER_STATE);
  const currentId = state.index === null ? null : (parts[state.index]?.id ?? null);

  useEffect(() => {
    const element = currentId ? document.getElementById(currentId) : null;
    if (!element) return;
    element.setAttribute(CURRENT_ATTRIBUTE, "");
    element.classList.add(...CURRENT_CLASSES);
    const still = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
    element.scrollIntoView?.({ block: "nearest", behavior: still ? "auto" : "smooth" });
    return () => {
      element.removeAttribute(CURRENT_ATTRIBUTE);
      element.classList.remove(...CURRENT_CLASSES);
    };
  }, [currentId]);

  return { state, reader };
}
