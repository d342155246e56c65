/**
 * j/k in a list work on the DOM rather than on the list's state: the rows on screen are the ones rendered (the
 * list is virtualised with a few rows either side), moving focus to the next row's link scrolls it into view and
 * lets the virtualiser render the rows beyond, and nothing re-renders for a key press.
 */
const ROWS = "[data-article-row]";

function rows(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(ROWS)];
}

/** The row holding focus, else the first row at least partly on screen. */
export function activeRow(): HTMLElement | null {
  const focused = document.activeElement?.closest<HTMLElement>(ROWS);
  if (focused) return focused;
  return rows().find((row) => row.getBoundingClientRect().bottom > 0) ?? null;
}

export function rowSlug(row: HTMLElement | null): string | null {
  return row?.dataset.articleRow ?? null;
}

/** Moves focus to the next (1) or previous (-1) row; returns it, or null at either end. */
export function moveRow(delta: 1 | -1): HTMLElement | null {
  const all = rows();
  const focused = document.activeElement?.closest<HTMLElement>(ROWS);
  const current = focused ? all.indexOf(focused) : -1;
  // Nothing focused yet: j starts at the first row on screen, k at the one before it.
  const onScreen = all.findIndex((row) => row.getBoundingClientRect().bottom > 0);
  const target = current >= 0 ? all[current + delta] : all[delta === 1 ? Math.max(onScreen, 0) : onScreen - 1];
  const link = target?.querySelector<HTMLAnchorElement>("a[href]");
  if (!target || !link) return null;
  link.focus({ preventScroll: true });
  target.scrollIntoView({ block: "nearest" });
  return target;
}

export function openRow(row: HTMLElement | null): void {
  row?.querySelector<HTMLAnchorElement>("a[href]")?.click();
}
