// `npm run bench:calibration` (also the first part of `npm run bench`): the calibration set
// (test/calibration) on the pure engine, with no build and no browser: the confusion matrices,
// the cautious/confident agreement and the sensitivity table. A few seconds.
import { fileURLToPath } from "node:url";

import { runnerImport } from "vite";

const { module: calibration } = await runnerImport("./bench/calibration.ts", {
  configFile: false,
  resolve: { alias: { "@": fileURLToPath(new URL("..", import.meta.url)) } },
});
calibration.printCalibration();
calibration.printSensitivity();
