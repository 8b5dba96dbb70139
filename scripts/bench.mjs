// `npm run bench`: speed and size figures, each next to a baseline measured in the same run.
// Figures are printed, never asserted: machines here are noisy. Builds out/ first if needed.
import { existsSync } from "node:fs";
import { spawnSync } from "node:child_process";

import { measureFirstLoad, printFirstLoad } from "./bench/first-load.mjs";

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
