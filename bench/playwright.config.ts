// Browser measurements for `npm run bench`. These print figures (with a baseline measured in the
// same run); they never fail on a number. Same browser, flags and server as the e2e suite.
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
  // The server runs from the project root, not from this folder.
  webServer:
    base.webServer && !Array.isArray(base.webServer) ? { ...base.webServer, cwd: ".." } : base.webServer,
});
