import { defineConfig } from "vitest/config";

// `npm run test:build`: tests that run real ingests and builds in a sandbox copy of the project (minutes, not
// milliseconds), kept out of `npm run test:unit`.
export default defineConfig({
  test: {
    name: "build",
    environment: "node",
    include: ["pipeline/**/*.build-test.ts"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
