import { TOPIC_IDS, type TopicId } from "../../src/schema/topics";
import type { Evaluation } from "./evaluate";

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The benchmark's printed report: accuracy, per-label accuracy and the confusion table. */
export function formatReport(evaluation: Evaluation): string {
  const lines = [`primary-topic accuracy: ${pct(evaluation.accuracy)} (${evaluation.correct}/${evaluation.total})`, ""];
  lines.push("per label:");
  for (const row of evaluation.perLabel) {
    lines.push(`  ${row.label.padEnd(16)} ${pct(row.accuracy).padStart(6)}  (${row.correct}/${row.total})`);
  }
  for (const [label, count] of Object.entries(evaluation.unmapped)) {
    lines.push(`  ${label.padEnd(16)}   n/a   (${count} unscored, label not in mapping)`);
  }
  const labels = Object.keys(evaluation.confusion);
  const topics = TOPIC_IDS.filter((t: TopicId) => labels.some((l) => evaluation.confusion[l]?.[t]));
  const width = Math.max(10, ...labels.map((l) => l.length)) + 2;
  lines.push("", "confusion (rows: gold label, columns: predicted primary topic):");
  lines.push(["".padEnd(width), ...topics.map((t) => t.slice(0, 12).padStart(13))].join(""));
  for (const label of labels) {
    const cells = topics.map((t) => String(evaluation.confusion[label]?.[t] ?? 0).padStart(13));
    lines.push([label.padEnd(width), ...cells].join(""));
  }
  return lines.join("\n");
}
