import { TOPIC_IDS, type TopicId } from "../../src/schema/topics";
import type { ReliabilityBin } from "./calibrate";
import type { Evaluation } from "./evaluate";

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The benchmark's printed report: accuracy, top-2 accuracy, per-label figures and the confusion table. */
export function formatReport(evaluation: Evaluation): string {
  const lines = [
    `primary-topic accuracy: ${pct(evaluation.accuracy)} (${evaluation.correct}/${evaluation.total})`,
    `top-2 accuracy:         ${pct(evaluation.top2Accuracy)} (${evaluation.top2Correct}/${evaluation.total}; the label is the primary or the second topic assigned)`,
    "",
  ];
  lines.push(`per label:${" ".repeat(13)}primary    top-2`);
  for (const row of evaluation.perLabel) {
    lines.push(
      `  ${row.label.padEnd(16)} ${pct(row.accuracy).padStart(6)}  ${pct(row.top2Accuracy).padStart(7)}  (${row.correct}/${row.total})`,
    );
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

/** The reliability table: each bin's mean calibrated score against how often those topics were right. */
export function formatReliability(table: { bins: ReliabilityBin[]; ece: number }, what: string): string {
  const lines = [`reliability of ${what} (calibrated score vs. how often right):`];
  lines.push("  score bin     topics   mean score   right");
  for (const bin of table.bins) {
    if (bin.count === 0) continue;
    lines.push(
      `  ${bin.from.toFixed(1)}–${bin.to.toFixed(1)}   ${String(bin.count).padStart(8)}   ${bin.predicted.toFixed(3).padStart(10)}   ${pct(bin.observed).padStart(6)}`,
    );
  }
  lines.push(`  expected calibration error: ${(table.ece * 100).toFixed(1)} points`);
  return lines.join("\n");
}
