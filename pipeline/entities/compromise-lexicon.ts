import nlp from "compromise";
import { z } from "zod";

const lexiconSchema = z.object({
  model: z.object({
    one: z.object({
      lexicon: z.record(z.string(), z.union([z.string(), z.array(z.string())])),
    }),
  }),
});

/** compromise's lexicon, read once: lowercase word or phrase -> tags. */
const LEXICON = Object.entries(lexiconSchema.parse(nlp.world()).model.one.lexicon);

/** Lowercase lexicon entries carrying any of `tags`. */
export function lexiconWords(tags: readonly string[]): Set<string> {
  return new Set(
    LEXICON.filter(([, tag]) => (Array.isArray(tag) ? tag : [tag]).some((t) => tags.includes(t))).map(([w]) => w),
  );
}
