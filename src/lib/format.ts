/*
 * Dates and numbers in British English, written out by hand rather than with Intl. The first
 * `new Intl.DateTimeFormat(…, { timeZone: "UTC" })` on a page loads the browser's time-zone data: about 340 ms of
 * main thread on a phone (Lighthouse's 4× CPU throttling), the largest single task of an article page's load. The
 * output is what `Intl` gives for "en-GB" (checked in format.test.ts), so prerendered pages and the browser agree.
 */

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** en-GB's short month names (note "Sept"). */
const SHORT_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"] as const;

/** Dates are shown in UTC so the prerendered HTML and the browser agree whatever the reader's time zone. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  return `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "Sept 2024" for "2024-09" (a month of a timeline). */
export function formatMonth(period: string): string {
  const date = new Date(`${period}-01T00:00:00Z`);
  return `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** Thousands grouped with commas: 12,345 and -1,234.5. */
export function formatNumber(n: number): string {
  const [whole = "", fraction] = String(Math.abs(n)).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
}

export function formatCount(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}
