import { formatMonth } from "../../../lib/format";
import type { EntityDetail } from "../../../schema/entity-detail";

const label = formatMonth;

const MIN_MONTHS = 12;

/**
 * Every month from the first to the last, so quiet months show as gaps rather than vanishing, and at least a year,
 * so a single month reads as a bar in its context rather than a block.
 */
export function fillMonths(timeline: EntityDetail["timeline"]): { period: string; mentions: number }[] {
  const first = timeline[0];
  const last = timeline.at(-1);
  if (!first || !last) return [];
  const byPeriod = new Map(timeline.map((t) => [t.period, t.mentions]));
  const out: { period: string; mentions: number }[] = [];
  const [lastYear, lastMonth] = last.period.split("-").map(Number) as [number, number];
  const span =
    lastYear * 12 + lastMonth - 1 - (Number(first.period.slice(0, 4)) * 12 + Number(first.period.slice(5)) - 1) + 1;
  const startIndex = lastYear * 12 + lastMonth - 1 - Math.max(span, MIN_MONTHS) + 1;
  let [year, month] = [Math.floor(startIndex / 12), (startIndex % 12) + 1];
  for (let guard = 0; guard < 600; guard++) {
    const period = `${year}-${String(month).padStart(2, "0")}`;
    out.push({ period, mentions: byPeriod.get(period) ?? 0 });
    if (period === last.period) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year += 1;
  }
  return out;
}

/** Mentions per month as a small bar chart, with the same figures in a table for screen readers. */
export function MentionTimeline({ timeline }: { timeline: EntityDetail["timeline"] }) {
  const months = fillMonths(timeline);
  if (months.length === 0) {
    return <p className="text-sm text-stone-600 dark:text-stone-400">None of its articles is dated.</p>;
  }
  const max = Math.max(...months.map((m) => m.mentions));
  const barWidth = 100 / months.length;
  return (
    <figure className="space-y-2">
      <svg viewBox="0 0 100 40" preserveAspectRatio="none" className="h-24 w-full" aria-hidden="true">
        {months.map((m, i) => {
          const height = (m.mentions / max) * 38;
          return (
            <rect
              key={m.period}
              x={i * barWidth + barWidth * 0.15}
              y={40 - height}
              width={barWidth * 0.7}
              height={height}
              className="fill-red-700 dark:fill-red-400"
            />
          );
        })}
      </svg>
      <figcaption className="flex justify-between text-xs text-stone-600 dark:text-stone-400">
        <span>{label(months[0]!.period)}</span>
        {months.length > 1 && <span>{label(months.at(-1)!.period)}</span>}
      </figcaption>
      <table className="sr-only">
        <caption>Mentions per month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col">Mentions</th>
          </tr>
        </thead>
        <tbody>
          {months.map((m) => (
            <tr key={m.period}>
              <td>{label(m.period)}</td>
              <td>{m.mentions}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
