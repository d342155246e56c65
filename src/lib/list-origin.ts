import { z } from "zod/mini";

/**
 * History state carried from the list to an article, so "All articles" returns to the filter the reader came
 * from. It is history state, not URL, because it describes the way in, not the article being shared.
 */
const listOriginSchema = z.object({ listHref: z.string().check(z.startsWith("/")) });

export function listOriginState(listHref: string): z.infer<typeof listOriginSchema> {
  return { listHref };
}

export function readListOrigin(state: unknown): string | null {
  const parsed = listOriginSchema.safeParse(state);
  return parsed.success ? parsed.data.listHref : null;
}
