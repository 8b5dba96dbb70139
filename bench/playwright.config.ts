// Browser measurements for `npm run bench`. These print figures (with a baseline measured in the
// same run); they never fail on a number. Same browser, flags and server as the e2e suite.
import { resolve } from "node:path";

import { defineConfig } from "@playwright/test";

import base from "../playwright.config";

export default defineConfig({
  ...base,
  testDir: ".",
  testMatch: "*.bench.ts",
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 300_000,
  webServer: [base.webServer].flat().map((server) => ({
    ...server!,
    cwd: resolve(__dirname, ".."),
  })),
});
