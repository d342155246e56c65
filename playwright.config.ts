import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/browser.mjs";
import { readEnv } from "./pipeline/lib/env.ts";

const { E2E_PORT: PORT, CI } = readEnv(["E2E_PORT", "CI"]);
const chromium = findChromium();

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: 2,
  retries: CI ? 1 : 0,
  reporter: CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: chromium ?? {},
    // A service worker would answer requests that a test routes or counts; e2e/offline.spec.ts allows it.
    serviceWorkers: "block",
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    { name: "phone", use: { ...devices["Pixel 7"], viewport: { width: 375, height: 740 } }, grep: /@phone/ },
  ],
  webServer: {
    command: "node --import tsx scripts/serve.ts",
    env: { PORT: String(PORT), LEDE_BUILD_DIR: "build-e2e" },
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    stdout: "ignore",
  },
});
