import { autoUpdate, flip, FloatingPortal, offset, shift, useFloating } from "@floating-ui/react";
import { useEffect, useState, type RefObject } from "react";
import type { QuoteSelector } from "../quote-params";
import { quoteFromSelection } from "../selection-quote";

interface QuoteLinkLayerProps {
  /** The article body; blocks inside carry `data-block-index`. */
  containerRef: RefObject<HTMLElement | null>;
  texts: readonly string[];
  /** Receives the quote when the reader asks for a link to it. */
  onQuote: (quote: QuoteSelector) => void;
}

interface Selected {
  quote: QuoteSelector;
  rect: DOMRect;
}

/** While text in the article is selected, offers "Copy link to quote" beside the selection. */
export function QuoteLinkLayer({ containerRef, texts, onQuote }: QuoteLinkLayerProps) {
  const [selected, setSelected] = useState<Selected | null>(null);
  // Floating UI's setters are callback refs, not ref objects: `setFloating` is safe to pass while rendering.
  const {
    refs: { setFloating, setPositionReference },
    floatingStyles,
  } = useFloating({
    open: selected !== null,
    placement: "top",
    middleware: [offset(8), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });

  useEffect(() => {
    const onSelectionChange = () => {
      const selection = document.getSelection();
      const container = containerRef.current;
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || !container) return setSelected(null);
      const range = selection.getRangeAt(0);
      if (!container.contains(range.commonAncestorContainer)) return setSelected(null);
      const startElement =
        range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement;
      const block = Number(startElement?.closest<HTMLElement>("[data-block-index]")?.dataset.blockIndex ?? 0);
      const quote = quoteFromSelection(texts, selection.toString(), block);
      setSelected(quote ? { quote, rect: range.getBoundingClientRect() } : null);
    };
    document.addEventListener("selectionchange", onSelectionChange);
    return () => document.removeEventListener("selectionchange", onSelectionChange);
  }, [containerRef, texts]);

  useEffect(() => {
    if (selected) setPositionReference({ getBoundingClientRect: () => selected.rect });
  }, [selected, setPositionReference]);

  if (!selected) return null;
  return (
    <FloatingPortal>
      <div ref={setFloating} style={floatingStyles} className="z-30">
        <button
          type="button"
          // Keep the selection: a mouse press on the button must not clear it before the click lands.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onQuote(selected.quote)}
          className="rounded-full bg-stone-900 px-3 py-1.5 font-sans text-sm font-medium text-white shadow-lg hover:bg-stone-700 dark:bg-stone-100 dark:text-stone-900 dark:hover:bg-stone-300"
        >
          Copy link to quote
        </button>
      </div>
    </FloatingPortal>
  );
}
