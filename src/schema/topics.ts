import { z } from "zod/mini";

/** IPTC Media Topics, top level, as URL-safe slugs. Order is the display order. */
export const TOPIC_IDS = [
  "arts-culture-entertainment",
  "conflict-war-peace",
  "crime-law-justice",
  "disaster-accident-emergency",
  "economy-business-finance",
  "education",
  "environment",
  "health",
  "human-interest",
  "labour",
  "lifestyle-leisure",
  "politics",
  "religion",
  "science-technology",
  "society",
  "sport",
  "weather",
] as const;

export const topicIdSchema = z.enum(TOPIC_IDS);
export type TopicId = z.infer<typeof topicIdSchema>;

export const TOPIC_LABELS: Record<TopicId, string> = {
  "arts-culture-entertainment": "Arts, culture & entertainment",
  "conflict-war-peace": "Conflict, war & peace",
  "crime-law-justice": "Crime, law & justice",
  "disaster-accident-emergency": "Disaster & emergency",
  "economy-business-finance": "Economy, business & finance",
  education: "Education",
  environment: "Environment",
  health: "Health",
  "human-interest": "Human interest",
  labour: "Labour",
  "lifestyle-leisure": "Lifestyle & leisure",
  politics: "Politics",
  religion: "Religion",
  "science-technology": "Science & technology",
  society: "Society",
  sport: "Sport",
  weather: "Weather",
};

export function isTopicId(value: string): value is TopicId {
  return topicIdSchema.safeParse(value).success;
}
