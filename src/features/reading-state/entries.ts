import { z } from "zod/mini";

/**
 * Reading state as IndexedDB entries, one per article and kind (`read:<slug>`, `saved:<slug>`, `pos:<slug>`), so
 * opening an article writes one small entry rather than the whole set (10,000 articles read is a few hundred KB).
 */
export const positionSchema = z.object({
  /** The block (paragraph) id at the top of the screen: a width change moves pixels, not paragraphs. */
  block: z.string(),
  /** 0–1, how far through the article. */
  progress: z.number().check(z.gte(0), z.lte(1)),
  at: z.number(),
});
export type Position = z.infer<typeof positionSchema>;

/** Time (ms since epoch) keyed by slug. */
const timesSchema = z.record(z.string(), z.number());

export const readingStateSchema = z.object({
  read: timesSchema,
  saved: timesSchema,
  positions: z.record(z.string(), positionSchema),
});
export type StoredReadingState = z.infer<typeof readingStateSchema>;

export const EMPTY_STORED: StoredReadingState = { read: {}, saved: {}, positions: {} };

const PREFIXES = { read: "read:", saved: "saved:", positions: "pos:" } as const;
type Kind = keyof typeof PREFIXES;

export const entryKey = (kind: Kind, slug: string) => `${PREFIXES[kind]}${slug}`;

/** Entries back to state. Entries that are not ours or not valid are left out and counted. */
export function fromEntries(entries: readonly (readonly [unknown, unknown])[]): {
  state: StoredReadingState;
  invalid: number;
} {
  const state: StoredReadingState = { read: {}, saved: {}, positions: {} };
  let invalid = 0;
  for (const [key, value] of entries) {
    const kind =
      typeof key === "string" ? (Object.keys(PREFIXES) as Kind[]).find((k) => key.startsWith(PREFIXES[k])) : undefined;
    const slug = kind && typeof key === "string" ? key.slice(PREFIXES[kind].length) : "";
    if (!kind || !slug) {
      invalid += 1;
      continue;
    }
    if (kind === "positions") {
      const parsed = positionSchema.safeParse(value);
      if (parsed.success) state.positions[slug] = parsed.data;
      else invalid += 1;
    } else if (typeof value === "number" && Number.isFinite(value)) {
      state[kind][slug] = value;
    } else {
      invalid += 1;
    }
  }
  return { state, invalid };
}

export function toEntries(state: StoredReadingState): [string, unknown][] {
  return [
    ...Object.entries(state.read).map(([slug, at]): [string, unknown] => [entryKey("read", slug), at]),
    ...Object.entries(state.saved).map(([slug, at]): [string, unknown] => [entryKey("saved", slug), at]),
    ...Object.entries(state.positions).map(([slug, p]): [string, unknown] => [entryKey("positions", slug), p]),
  ];
}
