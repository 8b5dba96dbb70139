// `npm run bench`: speed and size figures, each next to a baseline measured in the same run.
// Figures are printed, never asserted: machines here are noisy. All of them are taken in Chromium
// (Playwright, bench/*.bench.ts) against the production build, served as `npm start` serves it
// (the config's webServer builds out/ first when it is stale).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

import { runnerImport } from "vite";

// Calibration: the pure engine on test/calibration, before (and without) any build or browser
// (alone: `npm run bench:calibration`, scripts/bench-calibration.mjs).
const { module: calibration } = await runnerImport("./bench/calibration.ts", {
  configFile: false,
  resolve: { alias: { "@": fileURLToPath(new URL("..", import.meta.url)) } },
});
calibration.printCalibration();
calibration.printSensitivity();
calibration.printWhatWouldChange();

const browser = spawnSync("npx", ["playwright", "test", "-c", "bench/playwright.config.ts"], {
  stdio: "inherit",
});
process.exit(browser.status ?? 1);
