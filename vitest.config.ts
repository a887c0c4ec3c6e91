// Three projects side by side: Node for pure logic, the authoring API's
// types, and Chromium (browser mode) for the UI, the real Worker, IndexedDB
// and Comlink.
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";

export default defineConfig({
  worker: { format: "es" },
  test: {
    // As playwright.config.ts: one more try on CI, where a loaded machine can time a test out;
    // scripts/test.mjs names every test that needed it.
    retry: process.env.CI ? 1 : 0,
    projects: [
      {
        extends: true,
        test: { name: "node", include: ["test/node/**/*.test.ts"], environment: "node" },
      },
      {
        // The authoring API's types (test/types/*.test-d.ts): each expectTypeOf
        // must hold and each @ts-expect-error line must be an error.
        extends: true,
        test: {
          name: "types",
          include: [],
          typecheck: { enabled: true, only: true, include: ["test/types/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["test/browser/**/*.test.{ts,tsx}"],
          testTimeout: 20_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs },
            }),
            instances: [{ browser: "chromium" }],
          },
        },
      },
    ],
  },
});
