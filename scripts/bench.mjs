// `npm run bench`: speed and size figures, each next to a baseline measured in the same run.
// Figures are printed, never asserted: machines here are noisy. Builds out/ first if needed.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { runnerImport } from "vite";

import { measureFirstLoad, printFirstLoad } from "./bench/first-load.mjs";

// Calibration: the pure engine on lib/risk/calibration, before (and without) any build or browser.
const { module: calibration } = await runnerImport("./bench/calibration.ts", {
  configFile: false,
  resolve: { alias: { "@": fileURLToPath(new URL("..", import.meta.url)) } },
});
calibration.printCalibration();

if (!existsSync("out/404.html")) {
  const build = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

printFirstLoad(measureFirstLoad("out"));

// Browser figures (live risk, PDF, import): Playwright against the production build.
const browser = spawnSync("npx", ["playwright", "test", "-c", "bench/playwright.config.ts"], {
  stdio: "inherit",
});
process.exit(browser.status ?? 1);
