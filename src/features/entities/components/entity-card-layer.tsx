import { autoUpdate, flip, FloatingPortal, offset, shift, useFloating } from "@floating-ui/react";
import { useEffect, useId, useRef, useState, type RefObject } from "react";
import type { ArticleEntity } from "../../../schema/entity";
import { EntityCard } from "./entity-card";

const HOVER_OPEN_MS = 250;
const HOVER_CLOSE_MS = 200;

interface Active {
  id: string;
  element: HTMLElement;
  /** Opened deliberately (click, tap, Enter): stays open until dismissed, rather than following hover/focus. */
  pinned: boolean;
}

interface EntityCardLayerProps {
  /** The article body: every `mark[data-entity-id][role=button]` inside it opens a card. */
  containerRef: RefObject<HTMLElement | null>;
  entities: ReadonlyMap<string, ArticleEntity>;
  currentSlug: string;
}

function markOf(target: EventTarget | null): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>('mark[data-entity-id][role="button"]') : null;
}

/**
 * One entity card for the whole article, anchored to whichever mark is active. Hovering or focusing a mark shows
 * its card; clicking, tapping or Enter pins it (Enter also moves focus into it); Escape or a click elsewhere closes
 * it and returns focus to the mark. `[` and `]` move to the previous/next mention of the same entity.
 * Events are delegated to the article body, so the hundreds of marks carry no handlers of their own.
 */
export function EntityCardLayer({ containerRef, entities, currentSlug }: EntityCardLayerProps) {
  const [active, setActive] = useState<Active | null>(null);
  const cardRef = useRef<HTMLDivElement | null>(null);
  const timer = useRef<number | undefined>(undefined);
  /** Set while focus is handed back to a mark on close, so that focus does not reopen the card. */
  const returningFocus = useRef(false);
  const headingId = useId();
  const { refs, floatingStyles } = useFloating({
    open: active !== null,
    elements: { reference: active?.element ?? null },
    placement: "bottom-start",
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });

  useEffect(() => {
    const root = containerRef.current;
    if (!root) return;
    const schedule = (fn: () => void, ms: number) => {
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(fn, ms);
    };
    const open = (element: HTMLElement, pinned: boolean) => {
      window.clearTimeout(timer.current);
      const id = element.dataset.entityId ?? "";
      setActive((current) =>
        current?.element === element && current.pinned && !pinned ? current : { id, element, pinned },
      );
    };
    const closeUnlessPinned = () => setActive((current) => (current?.pinned ? current : null));

    const onMouseOver = (event: MouseEvent) => {
      const mark = markOf(event.target);
      if (mark) schedule(() => open(mark, false), HOVER_OPEN_MS);
    };
    const onMouseOut = (event: MouseEvent) => {
      if (markOf(event.target) && !cardRef.current?.contains(event.relatedTarget as Node | null)) {
        schedule(closeUnlessPinned, HOVER_CLOSE_MS);
      }
    };
    const onFocusIn = (event: FocusEvent) => {
      const mark = markOf(event.target);
      if (mark && !returningFocus.current) open(mark, false);
    };
    const onFocusOut = (event: FocusEvent) => {
      if (markOf(event.target) && !cardRef.current?.contains(event.relatedTarget as Node | null)) closeUnlessPinned();
    };
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event.target);
      if (mark) open(mark, true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const mark = markOf(event.target);
      if (!mark) return;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        open(mark, true);
        // Once the card has rendered, move focus into it so its links are one Tab away.
        requestAnimationFrame(() => cardRef.current?.focus());
      } else if (event.key === "[" || event.key === "]") {
        event.preventDefault();
        const same = [...root.querySelectorAll<HTMLElement>('mark[role="button"]')].filter(
          (m) => m.dataset.entityId === mark.dataset.entityId,
        );
        const next = same[(same.indexOf(mark) + (event.key === "]" ? 1 : same.length - 1)) % same.length];
        next?.focus();
        next?.scrollIntoView({ block: "nearest", behavior: "smooth" });
      }
    };
    const listeners = [
      ["mouseover", onMouseOver],
      ["mouseout", onMouseOut],
      ["focusin", onFocusIn],
      ["focusout", onFocusOut],
      ["click", onClick],
      ["keydown", onKeyDown],
    ] as const;
    for (const [type, listener] of listeners) root.addEventListener(type, listener as EventListener);
    return () => {
      window.clearTimeout(timer.current);
      for (const [type, listener] of listeners) root.removeEventListener(type, listener as EventListener);
    };
  }, [containerRef]);

  // While a card is open: Escape or a press outside both card and marks closes it; the mark says it is expanded.
  useEffect(() => {
    if (!active) return;
    const { element } = active;
    element.setAttribute("aria-expanded", "true");
    const close = (returnFocus: boolean) => {
      setActive(null);
      if (returnFocus) focusQuietly(element);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "Escape") close(cardRef.current?.contains(document.activeElement) ?? false);
    };
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!cardRef.current?.contains(target) && !markOf(target)) close(false);
    };
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      element.setAttribute("aria-expanded", "false");
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [active]);

  function focusQuietly(element: HTMLElement) {
    returningFocus.current = true;
    element.focus({ preventScroll: true });
    returningFocus.current = false;
  }

  const entity = active ? entities.get(active.id) : undefined;
  if (!active || !entity) return null;
  return (
    <FloatingPortal>
      <div
        ref={(node) => {
          cardRef.current = node;
          refs.setFloating(node);
        }}
        style={floatingStyles}
        role="dialog"
        aria-labelledby={headingId}
        tabIndex={-1}
        className="z-20 outline-none"
        onMouseEnter={() => window.clearTimeout(timer.current)}
        onMouseLeave={() => {
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => setActive((c) => (c?.pinned ? c : null)), HOVER_CLOSE_MS);
        }}
        onBlur={(event) => {
          const to = event.relatedTarget as Node | null;
          if (to && !event.currentTarget.contains(to) && to !== active.element && !active.pinned) setActive(null);
        }}
      >
        <EntityCard
          entity={entity}
          currentSlug={currentSlug}
          headingId={headingId}
          onClose={() => {
            setActive(null);
            focusQuietly(active.element);
          }}
        />
      </div>
    </FloatingPortal>
  );
}
