// The comparison table and the machine it ran on, for the terminal and for docs/benchmarks.md.
import { execSync } from "node:child_process";
import os from "node:os";
import { SYSTEM_CHROMIUM } from "../browser.mjs";

const OS_NAME = () => {
  try {
    return /PRETTY_NAME="([^"]+)"/.exec(execSync("cat /etc/os-release", { encoding: "utf8" }))[1];
  } catch {
    return `${os.type()} ${os.release()}`;
  }
};

export function machine(chromiumVersion) {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model.trim() ?? "unknown"} × ${cpus.length}`,
    ram: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${OS_NAME()} (${os.type()} ${os.release()})`,
    node: process.version,
    chromium: chromiumVersion ?? SYSTEM_CHROMIUM,
  };
}

const fmt = {
  ms: (v) => (v == null ? "n/a" : `${v.toFixed(1)} ms`),
  s: (v) => (v == null ? "n/a" : `${v.toFixed(1)} s`),
  kb: (v) => (v == null ? "n/a" : `${(v / 1024).toFixed(1)} KB`),
  mb: (v) => (v == null ? "n/a" : `${(v / 2 ** 20).toFixed(1)} MB`),
  n: (v) => (v == null ? "n/a" : String(Math.round(v))),
  score: (v) => (v == null ? "n/a" : v.toFixed(2)),
};

/**
 * One row per figure. `target` holds the text shown and `check(small, large)` says pass, fail or null when a
 * figure has no target or was not measured.
 */
export function rows(small, large) {
  const within = (ratio) => (a, b) => (a == null || b == null ? null : b <= a * ratio);
  const atMost = (limit) => (_a, b) => (b == null ? null : b <= limit);
  const atLeast = (limit) => (a, b) => (a == null || b == null ? null : a >= limit && b >= limit);
  const both =
    (...checks) =>
    (a, b) => {
      const results = checks.map((c) => c(a, b));
      return results.includes(null) ? null : results.every(Boolean);
    };
  const def = [
    ["full build (ingest + build)", "full", fmt.s, "≤ 3 min", atMost(180)],
    ["  of which ingest", "ingest", fmt.s],
    ["rebuild after one change", "rebuild", fmt.s, "≤ 15 s", atMost(15)],
    [
      "first view `/`, bytes over the wire",
      "homeBytes",
      fmt.kb,
      "≤ 250 KB, ≤ 1.5× baseline",
      both(atMost(250 * 1024), within(1.5)),
    ],
    ["first view `/`, requests", "homeRequests", fmt.n],
    ["first view article, bytes over the wire", "articleBytes", fmt.kb],
    ["LCP `/`", "homeLcp", fmt.ms],
    ["LCP article", "articleLcp", fmt.ms],
    ["search: index first load", "searchFirstLoad", fmt.ms],
    ["search keystroke→paint p50", "searchP50", fmt.ms],
    ["search keystroke→paint p95", "searchP95", fmt.ms, "≤ 50 ms, ≤ 1.5× baseline", both(atMost(50), within(1.5))],
    ["search keystroke→paint max", "searchMax", fmt.ms],
    ["topic filter click→paint p50", "filterP50", fmt.ms],
    ["topic filter click→paint p95", "filterP95", fmt.ms, "≤ 50 ms, ≤ 1.5× baseline", both(atMost(50), within(1.5))],
    ["j/k keydown→row highlighted p50", "rowKeyP50", fmt.ms],
    ["j/k keydown→row highlighted p95", "rowKeyP95", fmt.ms, "≤ 50 ms", atMost(50)],
    ["topic filter click→paint max", "filterMax", fmt.ms],
    ["DOM nodes `/` after load", "domAfterLoad", fmt.n],
    ["DOM nodes `/` after scrolling to the end", "domAfterScroll", fmt.n],
    ["JS heap `/` after load (after GC)", "heap", fmt.mb],
    ["Lighthouse mobile performance `/`", "lhHomePerf", fmt.score, "≥ 0.95", atLeast(0.95)],
    ["Lighthouse mobile performance article", "lhArticlePerf", fmt.score, "≥ 0.95", atLeast(0.95)],
    ["Lighthouse accessibility `/`", "lhHomeA11y", fmt.score, "1.00", atLeast(1)],
    ["Lighthouse accessibility article", "lhArticleA11y", fmt.score, "1.00", atLeast(1)],
  ];
  return def.map(([label, key, format, target = "", check]) => {
    const a = small.figures[key];
    const b = large.figures[key];
    const ratio = typeof a === "number" && typeof b === "number" && a > 0 ? `${(b / a).toFixed(2)}×` : "";
    const verdict = check ? check(a, b) : null;
    return [
      label,
      format(a),
      format(b),
      ratio,
      target,
      verdict == null ? (check ? "n/a" : "") : verdict ? "pass" : "FAIL",
    ];
  });
}

/** How each latency figure was taken (sample counts, fallbacks), one line per count. */
export function notes(small, large) {
  return [small, large].flatMap(({ count, notes }) =>
    Object.entries(notes).map(([key, note]) => `- ${count.toLocaleString("en")} articles, ${key}: ${note}`),
  );
}

export function markdownTable(small, large) {
  const head = [
    "figure",
    small.count.toLocaleString("en"),
    large.count.toLocaleString("en"),
    "ratio",
    "target",
    "pass?",
  ];
  const lines = [head, head.map((_, i) => (i === 0 ? "---" : i < 4 ? "--:" : "---")), ...rows(small, large)];
  return [...lines.map((cells) => `| ${cells.join(" | ")} |`), "", ...notes(small, large)].join("\n");
}
