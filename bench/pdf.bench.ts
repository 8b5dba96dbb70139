import { readFileSync } from "node:fs";

import { test } from "@playwright/test";

import { railwayBeforeSigning } from "@/lib/risk/fixtures/railway";

import { driver } from "../e2e/checklist-driver";

// Time from the click on "Download PDF" to the download, first (library and fonts fetched and
// parsed) and second run (cached), and the file's size; next to Chromium's own print-to-PDF of
// the same summary page (page.pdf) measured in the same run. Figures only, never asserted.
for (const locale of ["en", "zh"] as const) {
  test(`railway-case PDF in ${locale}: react-pdf in the page vs Chromium print-to-PDF`, async ({ page }) => {
    const d = driver(page, locale);
    await d.fillAll(railwayBeforeSigning);
    await d.complete();
    const button = page.getByRole("button", { name: d.ui.pdf.download, exact: true });

    const runs: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < 2; i++) {
      const started = Date.now();
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      const path = await download.path();
      runs.push({ ms: Date.now() - started, bytes: readFileSync(path).length });
    }

    const printed: { ms: number; bytes: number }[] = [];
    for (let i = 0; i < 2; i++) {
      const started = Date.now();
      const pdf = await page.pdf({ format: "A4", printBackground: true });
      printed.push({ ms: Date.now() - started, bytes: pdf.length });
    }

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const [first, second] = runs as [(typeof runs)[0], (typeof runs)[0]];
    const floor = printed[1]!;
    console.log(`\nRailway-case PDF (${locale}); baseline = Chromium page.pdf() of the summary, 2nd run`);
    console.log(
      `Chromium print-to-PDF          ${String(printed[0]!.ms).padStart(6)} ms / ${floor.ms} ms  ${kb(floor.bytes)}`,
    );
    console.log(
      `react-pdf, first (cold)        ${String(first.ms).padStart(6)} ms  ${kb(first.bytes)}  (${(first.ms / floor.ms).toFixed(2)}× print)`,
    );
    console.log(
      `react-pdf, second (warm)       ${String(second.ms).padStart(6)} ms  ${kb(second.bytes)}  (${(second.ms / floor.ms).toFixed(2)}× print)`,
    );
  });
}
