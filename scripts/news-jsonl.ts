import { z } from "zod";

const newsItemSchema = z.object({ title: z.string(), body: z.string() });
export type NewsItem = z.infer<typeof newsItemSchema>;

/**
 * The news items of a JSONL text (`{"title","body",…}` per line, as ../shared/eval's samples), for the scripts that
 * read unlabelled news; a bad line throws naming `file:line`.
 */
export function parseNewsJsonl(text: string, file: string): NewsItem[] {
  return text.split("\n").flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [newsItemSchema.parse(JSON.parse(line))];
    } catch (error) {
      throw new Error(`${file}:${i + 1}: expected {"title","body"} strings (${(error as Error).message})`);
    }
  });
}
