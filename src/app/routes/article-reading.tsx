import { useEffect, useMemo, useRef, type RefObject } from "react";
import { useLocation, useNavigate } from "react-router";
import { announce } from "../../features/keyboard/announcer";
import { useShortcuts } from "../../features/keyboard/use-shortcuts";
import { ReadingProgress } from "../../features/reading-state/components/reading-progress";
import { ReadingToolbar, type NeighbourLink } from "../../features/reading-state/components/reading-toolbar";
import { markRead, toggleRead, useReadingState } from "../../features/reading-state/store";
import { toggleSavedForOffline } from "./save-article";
import { useReadingPosition } from "../../features/reading-state/use-reading-position";
import { useSettings } from "../../features/settings/settings";
import { listOriginState, readListOrigin } from "../../lib/list-origin";
import {
  listSequenceFor,
  neighboursOf,
  rememberListSequence,
  setListReturn,
  type ListSequence,
} from "../../lib/list-sequence";
import { paths } from "../../lib/paths";
import { useHydrated } from "../../lib/use-hydrated";

/**
 * The article's share of the reader's own state: read when opened, save, resume at the paragraph, the progress
 * bar, previous and next in the list it came from, and the article's keys. Composed here because features do not
 * import each other (reading-state, keyboard, settings and the list origin).
 */
export function ArticleReading({ slug, bodyRef }: { slug: string; bodyRef: RefObject<HTMLElement | null> }) {
  const state = useReadingState();
  const { shortcuts } = useSettings();
  const navigate = useNavigate();
  const location = useLocation();
  const barRef = useRef<HTMLDivElement>(null);
  const { resumed, dismiss } = useReadingPosition(slug, bodyRef, barRef);
  // The way in is history state, unknown to the prerendered page (decision 004).
  const origin = useHydrated() ? readListOrigin(location.state) : null;
  const sequence = useMemo(() => (origin ? listSequenceFor(origin) : null), [origin]);
  const neighbours = useMemo(() => (sequence ? neighboursOf(sequence, slug) : null), [sequence, slug]);
  const linkState = origin ? listOriginState(origin) : undefined;
  const previous = neighbourLink(neighbours?.previous ?? null, sequence);
  const next = neighbourLink(neighbours?.next ?? null, sequence);

  // Read when opened; "Mark as unread" then holds until the article is opened again.
  useEffect(() => {
    markRead([slug]);
  }, [slug]);
  useEffect(() => {
    setListReturn(origin ?? paths.home(), slug);
  }, [slug, origin]);
  useEffect(() => {
    if (sequence) rememberListSequence(sequence);
  }, [sequence]);

  const go = (link: NeighbourLink | null, which: string) => {
    if (!link) return announce(`No ${which} article in this list.`);
    void navigate(link.href, { state: linkState });
  };
  useShortcuts(
    {
      j: () => go(next, "next"),
      k: () => go(previous, "previous"),
      s: () => {
        toggleSavedForOffline(slug, state.saved);
        announce(state.saved.has(slug) ? "Removed from saved." : "Saved.");
      },
      m: () => {
        toggleRead(slug);
        announce(state.read.has(slug) ? "Marked as unread." : "Marked as read.");
      },
      u: () => void navigate(origin ?? paths.home()),
    },
    shortcuts,
  );

  return (
    <>
      <ReadingProgress barRef={barRef} />
      <ReadingToolbar
        saved={state.saved.has(slug)}
        read={state.read.has(slug)}
        onToggleSaved={() => toggleSavedForOffline(slug, state.saved)}
        onToggleRead={() => toggleRead(slug)}
        previous={previous}
        next={next}
        position={neighbours ? `${neighbours.position} of ${neighbours.total}` : null}
        linkState={linkState}
      />
      <p
        role="status"
        className={
          resumed
            ? "fixed bottom-6 left-1/2 z-30 flex -translate-x-1/2 items-center gap-3 rounded-md bg-stone-900 px-3 py-1.5 text-sm text-white shadow-lg print:hidden dark:bg-stone-100 dark:text-stone-900"
            : "sr-only"
        }
      >
        {resumed && (
          <>
            Back where you left off.
            <button
              type="button"
              className="underline underline-offset-2"
              onClick={() => {
                dismiss();
                window.scrollTo({ top: 0 });
              }}
            >
              Start from the top
            </button>
          </>
        )}
      </p>
    </>
  );
}

function neighbourLink(slug: string | null, sequence: ListSequence | null): NeighbourLink | null {
  if (!slug) return null;
  return { href: paths.article(slug), title: sequence?.titleOf?.(slug) ?? null };
}
