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

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? singular : plural}`;
}
