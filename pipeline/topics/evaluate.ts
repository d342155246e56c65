import { z } from "zod";
import { isTopicId, topicIdSchema, type TopicId } from "../../src/schema/topics";

/** Gold label -> the topics accepted as a correct primary for it. */
export type LabelMapping = Readonly<Record<string, readonly TopicId[]>>;

/**
 * AG News "World" is hard news from abroad, which IPTC splits across several topics;
 * any of them is a fair primary, so the mapping is to a set.
 */
export const AG_NEWS_MAPPING: LabelMapping = {
  World: ["politics", "conflict-war-peace", "crime-law-justice", "disaster-accident-emergency"],
  Sports: ["sport"],
  Business: ["economy-business-finance"],
  "Sci/Tech": ["science-technology"],
};

/**
 * BBC News style labels, one IPTC topic each: its politics is domestic politics and nothing else, so
 * unlike AG's "World" it does not accept conflict, crime or disaster. The data set says "tech"; other
 * copies say "technology" or capitalise, so every spelling maps.
 */
export const BBC_NEWS_MAPPING: LabelMapping = Object.fromEntries(
  (
    [
      ["business", ["economy-business-finance"]],
      ["entertainment", ["arts-culture-entertainment"]],
      ["politics", ["politics"]],
      ["sport", ["sport"]],
      ["tech", ["science-technology"]],
      ["technology", ["science-technology"]],
    ] as const
  ).flatMap(([label, topics]) => [
    [label, topics],
    [label[0]!.toUpperCase() + label.slice(1), topics],
  ]),
);

export const DEFAULT_LABEL_MAPPING: LabelMapping = {
  ...AG_NEWS_MAPPING,
  ...BBC_NEWS_MAPPING,
};

/** Accepted topics for a gold label: the mapping first, then a label that already is a topic id. */
export function acceptedTopics(label: string, mapping: LabelMapping): readonly TopicId[] | undefined {
  if (Object.hasOwn(mapping, label)) return mapping[label];
  return isTopicId(label) ? [label] : undefined;
}

const mappingFileSchema = z.record(z.string(), z.union([topicIdSchema, z.array(topicIdSchema).min(1)]));

/** A mapping file maps each label to one topic id or a list of them; throws a readable error otherwise. */
export function parseLabelMapping(json: unknown): LabelMapping {
  const result = mappingFileSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`expected {"label": topic id or [topic ids]}: ${z.prettifyError(result.error)}`);
  }
  const parsed = result.data;
  return Object.fromEntries(
    Object.entries(parsed).map(([label, topics]) => [label, Array.isArray(topics) ? topics : [topics]]),
  );
}

export const benchItemSchema = z.object({
  title: z.string(),
  body: z.string(),
  topic: z.string(),
});
export type BenchItem = z.infer<typeof benchItemSchema>;

/** One JSONL line; the message says what is wrong so the caller can prefix file and line. */
export function parseBenchLine(line: string): BenchItem {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new Error("not valid JSON");
  }
  const result = benchItemSchema.safeParse(json);
  if (!result.success) {
    throw new Error(`expected {"title","body","topic"} strings: ${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export interface Prediction {
  label: string;
  predicted: TopicId;
  /** The second topic assigned, if any: top-2 accuracy counts it. */
  secondary?: TopicId;
}

export interface LabelAccuracy {
  label: string;
  total: number;
  correct: number;
  accuracy: number;
  /** The label's topic is the primary or the second topic assigned. */
  top2Correct: number;
  top2Accuracy: number;
}

export interface Evaluation {
  total: number;
  correct: number;
  accuracy: number;
  top2Correct: number;
  top2Accuracy: number;
  /** Labels in first-seen order. */
  perLabel: LabelAccuracy[];
  /** confusion[label][predicted topic] = count; includes unmapped labels so nothing is hidden. */
  confusion: Record<string, Partial<Record<TopicId, number>>>;
  /** Labels the mapping does not know, with their counts; excluded from the accuracy figures. */
  unmapped: Record<string, number>;
}

export function evaluatePredictions(predictions: readonly Prediction[], mapping: LabelMapping): Evaluation {
  const perLabel = new Map<string, { total: number; correct: number; top2Correct: number }>();
  const confusion: Record<string, Partial<Record<TopicId, number>>> = {};
  const unmapped: Record<string, number> = {};
  for (const { label, predicted, secondary } of predictions) {
    const row = (confusion[label] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
    const accepted = acceptedTopics(label, mapping);
    if (!accepted) {
      unmapped[label] = (unmapped[label] ?? 0) + 1;
      continue;
    }
    const counts = perLabel.get(label) ?? { total: 0, correct: 0, top2Correct: 0 };
    counts.total += 1;
    if (accepted.includes(predicted)) counts.correct += 1;
    if (accepted.includes(predicted) || (secondary !== undefined && accepted.includes(secondary))) {
      counts.top2Correct += 1;
    }
    perLabel.set(label, counts);
  }
  const rows = [...perLabel].map(([label, c]) => ({
    label,
    ...c,
    accuracy: ratio(c.correct, c.total),
    top2Accuracy: ratio(c.top2Correct, c.total),
  }));
  const total = rows.reduce((sum, r) => sum + r.total, 0);
  const correct = rows.reduce((sum, r) => sum + r.correct, 0);
  const top2Correct = rows.reduce((sum, r) => sum + r.top2Correct, 0);
  return {
    total,
    correct,
    accuracy: ratio(correct, total),
    top2Correct,
    top2Accuracy: ratio(top2Correct, total),
    perLabel: rows,
    confusion,
    unmapped,
  };
}

/** 0 for an empty set rather than NaN, so printing never shows "NaN". */
function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
