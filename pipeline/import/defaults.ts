import { readFileSync } from "node:fs";

const version = (() => {
  try {
    const pkg: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    return pkg && typeof pkg === "object" && "version" in pkg ? String(pkg.version) : "0";
  } catch {
    return "0";
  }
})();

/** The token robots.txt is matched against (`User-agent: Lede`). */
export const ROBOTS_AGENT = "Lede";

/** Names the program and what it does, so a site's operator can tell what is fetching and why. */
export const USER_AGENT = `Lede/${version} (personal news reader; imports the articles and feeds its reader asks for)`;

/** Politeness and limits (docs/decisions/024-import.md). */
export const IMPORT_DEFAULTS = {
  minIntervalMs: 1000,
  timeoutMs: 20_000,
  maxBytes: 5 * 1024 * 1024,
  concurrency: 4,
};
