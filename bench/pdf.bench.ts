import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

import { type Response, test } from "@playwright/test";

import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";

import { driver } from "../e2e/checklist-driver";

// The summary PDF against Chromium's own print-to-PDF (page.pdf()) of the same summary page, in
// the same browser and run, for the railway case in both languages. Each of RUNS rounds reloads
// the page with the HTTP cache off, then times from the click on "Download PDF" to the download:
// cold (the PDF code and the fonts fetched and parsed), then warm (a second click); then prints
// the page twice and times the second print (warm: the baseline of every "× print"), and once
// more after a reload of its own (cold: Chromium's first print of a freshly loaded page). Then
// reloads again and clicks after the summary has been on screen for a few seconds, by when the
// button has prepared the PDF code and fonts on idle (components/summary/download-pdf.tsx): what
// a reader who looks at the summary before saving it gets. Also the file's size, the PDF chunk's
// gzip size (read from out/) and the fonts the first click fetched.
// Figures only, never asserted: machines here are noisy.
const RUNS = Number(process.env.PDF_RUNS ?? 5);
/** How long the prepared run waits on the page (the button prepares 2.5 s after it appears). */
const READING_MS = 4_000;

/** The built chunk that holds pdfkit (its ToUnicode CMap name is in no other code), gzip size. */
function pdfChunkGzip() {
  const dir = "out/_next/static/chunks";
  return readdirSync(dir)
    .filter((f) => f.endsWith(".js"))
    .map((f) => readFileSync(join(dir, f)))
    .filter((code) => code.includes("Adobe-Identity-UCS"))
    .reduce((n, code) => n + gzipSync(code).length, 0);
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const spread = (xs: number[], digits = 0) =>
  `median ${median(xs).toFixed(digits)}  (${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)})`;

for (const locale of ["en", "zh"] as const) {
  test(`railway-case PDF in ${locale}: the app's PDF vs Chromium print-to-PDF`, async ({ page, context }) => {
    test.setTimeout(1_200_000);
    const d = driver(page, locale);
    await d.fillAll(railwayBeforeSigning2026_3);
    await d.complete();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const button = () => page.getByRole("button", { name: d.ui.pdf.download, exact: true });

    // A click as a person makes it: the pointer comes onto the button and presses, timed from the
    // move. Playwright's locator.click() first checks the element over animation frames: on a plain
    // heading that does nothing it took 49 ms median against 5 ms for page.mouse.click (15 runs),
    // time no user waits and page.pdf() does not pay.
    const download = async () => {
      const box = (await button().boundingBox())!;
      await page.mouse.move(0, 0);
      const started = performance.now();
      const [file] = await Promise.all([
        page.waitForEvent("download"),
        page.mouse.click(box.x + box.width / 2, box.y + box.height / 2),
      ]);
      const path = await file.path();
      return { ms: performance.now() - started, bytes: readFileSync(path).length };
    };

    const cold: number[] = [];
    const warm: number[] = [];
    const print: number[] = [];
    const printCold: number[] = [];
    const ratioColdToColdPrint: number[] = [];
    const ratioCold: number[] = [];
    const ratioWarm: number[] = [];
    const prepared: number[] = [];
    const ratioPrepared: number[] = [];
    let bytes = 0;
    let fontBytes = 0;
    for (let run = 0; run < RUNS; run++) {
      await page.reload();
      await button().waitFor();
      const fonts: Promise<number>[] = [];
      const onResponse = (response: Response) => {
        const url = response.url();
        if (response.status() !== 200) return;
        if (url.includes("/fonts/"))
          fonts.push(
            response.body().then(
              (b) => b.length,
              () => 0,
            ),
          );
      };
      context.on("response", onResponse);
      const first = await download();
      context.off("response", onResponse);
      fontBytes = (await Promise.all(fonts)).reduce((a, b) => a + b, 0);
      const second = await download();
      await page.pdf({ format: "A4", printBackground: true });
      const started = performance.now();
      await page.pdf({ format: "A4", printBackground: true });
      const printed = performance.now() - started;
      cold.push(first.ms);
      warm.push(second.ms);
      print.push(printed);
      ratioCold.push(first.ms / printed);
      ratioWarm.push(second.ms / printed);
      bytes = second.bytes;

      await page.reload();
      await button().waitFor();
      const printStarted = performance.now();
      await page.pdf({ format: "A4", printBackground: true });
      printCold.push(performance.now() - printStarted);
      ratioColdToColdPrint.push(first.ms / printCold.at(-1)!);

      await page.reload();
      await button().waitFor();
      await page.waitForTimeout(READING_MS);
      const afterReading = await download();
      prepared.push(afterReading.ms);
      ratioPrepared.push(afterReading.ms / printed);
    }

    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`\nRailway-case PDF (${locale}), ${RUNS} runs; median (min–max)`);
    console.log(`Chromium page.pdf() (warm)     ${spread(print)} ms`);
    console.log(`Chromium page.pdf() (cold: first print after a reload)  ${spread(printCold)} ms`);
    console.log(`app PDF, cold (first click)    ${spread(cold)} ms   ${spread(ratioCold, 2)}× print`);
    console.log(`  cold against Chromium's cold print: ${spread(ratioColdToColdPrint, 2)}×`);
    console.log(`app PDF, warm (second click)   ${spread(warm)} ms   ${spread(ratioWarm, 2)}× print`);
    console.log(
      `app PDF, first click after ${READING_MS / 1000} s on the page (prepared on idle)  ${spread(prepared)} ms   ${spread(ratioPrepared, 2)}× print`,
    );
    console.log(`file ${kb(bytes)}; PDF chunk ${kb(pdfChunkGzip())} gzip; fonts fetched ${kb(fontBytes)}`);
  });
}
