import { useEffect, useRef } from "react";

/**
 * An uncontrolled input (or select) that follows the URL when it changes from elsewhere (Back, a link, "Clear
 * filters"). The reader's own change already shows in the element; setting it again in place, rather than
 * remounting the form on every change, keeps focus on the chip just pressed and spares the list a rebuilt form on
 * every click. A focused text field is left alone, as the reader may be typing in it.
 */
export function useFollowValue<E extends HTMLInputElement | HTMLSelectElement>(value: string | boolean) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (typeof value === "boolean") {
      if (element instanceof HTMLInputElement && element.checked !== value) element.checked = value;
    } else if (element.value !== value && document.activeElement !== element) element.value = value;
  }, [value]);
  return ref;
}
