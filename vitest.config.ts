import { defineConfig } from "vitest/config";

// Kept apart from vite.config.ts: the react-router plugin builds the app and has no business in unit tests.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "pipeline",
          environment: "node",
          include: ["pipeline/**/*.test.ts", "src/schema/**/*.test.ts", "src/lib/**/*.test.ts", "scripts/**/*.test.ts"],
        },
      },
      {
        test: {
          name: "app",
          environment: "happy-dom",
          include: ["src/{features,components,app}/**/*.test.{ts,tsx}"],
          setupFiles: ["./src/test/setup.ts"],
        },
      },
    ],
  },
});
