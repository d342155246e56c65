// `npm test` needs a Chromium: Playwright's own, else Debian's; install Debian's when we can, else say how.
import { execSync } from "node:child_process";
import { findChromium } from "./browser.mjs";

if (findChromium()) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = (() => {
  try {
    execSync("command -v apt-get", { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

if (isRoot && hasApt) {
  console.log("e2e: no Chromium found; installing Debian's chromium with apt-get…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
  if (findChromium()) process.exit(0);
}
console.error(
  "e2e: no Chromium found. Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`.",
);
process.exit(1);
