const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

/** Dates are shown in UTC so the prerendered HTML and the browser agree whatever the reader's time zone. */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

// One formatter for every number: `n.toLocaleString("en-GB")` builds a new one per call, which at a few dozen
// counts per render was a measurable part of a keystroke's time.
const numberFormat = new Intl.NumberFormat("en-GB");

export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
