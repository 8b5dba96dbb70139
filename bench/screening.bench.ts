import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { type Page, test } from "@playwright/test";

import { RegisterIndex } from "@/lib/register/register-index";
import { MATCH_TABLE } from "@/test/fixtures/screening/match-table";
import { indexEntry, ScreeningIndex } from "@/lib/screening/screen-index";

import { PARTY_PAIRS } from "./register-match-table";
import { printRow, quantiles } from "./report";
import { ftmFile, makeParties, queries } from "./screening-data";

const ENTITIES = 20_000;
const FILE_BYTES = 100 * 1024 * 1024;
const NAMES = 200;
const TARGET_P95_MS = 50;

test("screening: precision and recall on the match table", () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const row of MATCH_TABLE) {
    const entry = indexEntry({
      key: "1",
      names: row.listed.names,
      chineseName: row.listed.chineseName,
      countries: [],
    });
    const matched = new ScreeningIndex([{ id: "l", entries: [entry] }]).screen(row.query).length > 0;
    if (matched && row.match) tp++;
    else if (matched) fp++;
    else if (row.match) fn++;
    else tn++;
  }
  console.log(
    `\nScreening match table (${MATCH_TABLE.length} rows: ${tp + fn} same party, ${fp + tn} near misses)`,
  );
  console.log(
    `precision ${(tp / (tp + fp)).toFixed(3)}  recall ${(tp / (tp + fn)).toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`,
  );
});

test("earlier engagements: precision and recall of party matching on the pair table", () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const pair of PARTY_PAIRS) {
    const row = {
      id: "a",
      status: "completed" as const,
      project: "",
      counterparty: pair.earlier,
      endClient: "",
      assessor: "",
      checklistVersion: "2026.4",
      createdAt: "2026-10-01T00:00:00.000Z",
      updatedAt: "2026-10-01T00:00:00.000Z",
      search: "",
      check: "",
    };
    const matched = new RegisterIndex([row]).lookup([{ role: "client", name: pair.now }]).length > 0;
    if (matched && pair.match) tp++;
    else if (matched) fp++;
    else if (pair.match) fn++;
    else tn++;
  }
  console.log(
    `\nParty matching, earlier engagements (${PARTY_PAIRS.length} pairs: ${tp + fn} same party, ${fp + tn} near misses)`,
  );
  console.log(
    `precision ${(tp / (tp + fp)).toFixed(3)}  recall ${(tp / (tp + fn)).toFixed(3)}  (tp ${tp}, fp ${fp}, fn ${fn}, tn ${tn})`,
  );
});

/** Records the page's main-thread tasks over 50 ms (the Long Tasks API) from now on. */
const watchLongTasks = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
    }).observe({ type: "longtask" });
  });
/** The longest task recorded by watchLongTasks, or 0 when none passed 50 ms. */
const longestTask = (page: Page) =>
  page.evaluate(() => Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks));

// Chromium enforces an overridden quota but its navigator.storage.estimate() still reports the real
// one, so here the estimate before parsing cannot see the shortage (lib/screening/space.test.ts
// covers that path): this measures what is left, the time until the store is refused and the page's
// longest task meanwhile.
test("screening: a 200 MB list with 5 MB of quota left (Chromium)", async ({ page, baseURL }) => {
  test.setTimeout(300_000);
  const file = join(tmpdir(), `screening-bench-quota-${process.pid}.ftm.json`);
  writeFileSync(file, ftmFile(makeParties(ENTITIES), 200 * 1024 * 1024));
  await page.goto("/en/screening/");
  // The browser leaves this origin 5 MB beyond what it already uses, as a nearly full disk would.
  const usage = await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Storage.overrideQuotaForOrigin", {
    origin: new URL(baseURL!).origin,
    quotaSize: usage + 5 * 1024 * 1024,
  });
  const estimate = await page.evaluate(() => navigator.storage.estimate());
  console.log(`\nstorage.estimate() after the quota override: ${JSON.stringify(estimate)}`);
  await page.getByLabel("List file(s)").setInputFiles(file);
  await page.getByLabel("Format").selectOption("opensanctions_ftm");
  await page.getByLabel("Source name").fill("Too large");
  await page.getByLabel("As of", { exact: true }).fill("2026-11-01");
  await watchLongTasks(page);
  const started = Date.now();
  await page.getByRole("button", { name: "Load the list" }).click();
  const outcome = page.getByText(
    /of the space this browser gives the app|Loaded “Too large”|could not store/,
  );
  await outcome.waitFor({ timeout: 280_000 });
  const ms = Date.now() - started;
  console.log(`\nScreening list import, 200 MB FtM with 5 MB free: answered after ${ms} ms`);
  console.log(`  ${(await outcome.textContent())?.slice(0, 200)}`);
  console.log(`  longest main-thread task: ${(await longestTask(page)).toFixed(0)} ms`);
});

test("screening: a 100 MB list file through the page, then one name at a time in the worker (Chromium)", async ({
  page,
}) => {
  test.setTimeout(900_000);
  const parties = makeParties(ENTITIES);
  const file = join(tmpdir(), `screening-bench-${process.pid}.ftm.json`);
  writeFileSync(file, ftmFile(parties, FILE_BYTES));

  await page.goto("/en/screening/");
  await page.getByLabel("List file(s)").setInputFiles(file);
  await page.getByLabel("Format").selectOption("opensanctions_ftm");
  await page.getByLabel("Source name").fill("Bench list");
  await page.getByLabel("As of", { exact: true }).fill("2026-11-01");

  // The page's responsiveness while the worker reads, parses, normalises and stores the file:
  // the longest gap between two animation frames, against the same measure on an idle page.
  const watchFrames = () =>
    page.evaluate(() => {
      const w = window as unknown as { frameGaps: number[]; stopFrames: boolean };
      w.frameGaps = [];
      w.stopFrames = false;
      let last = performance.now();
      const tick = (now: number) => {
        w.frameGaps.push(now - last);
        last = now;
        if (!w.stopFrames) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
  const stopFrames = () =>
    page.evaluate(() => {
      const w = window as unknown as { frameGaps: number[]; stopFrames: boolean };
      w.stopFrames = true;
      return w.frameGaps;
    });
  await watchFrames();
  await page.waitForTimeout(2000);
  const idle = await stopFrames();

  await watchFrames();
  await watchLongTasks(page);
  const started = Date.now();
  await page.getByRole("button", { name: "Load the list" }).click();
  await page.getByTestId("list-load-status").filter({ hasText: "Loaded" }).waitFor({ timeout: 280_000 });
  const importMs = Date.now() - started;
  const during = await stopFrames();
  const longest = await longestTask(page);

  console.log(
    `\nScreening list import: ${ENTITIES.toLocaleString("en")} entities, ${(FILE_BYTES / 2 ** 20).toFixed(0)} MB FtM JSON lines`,
  );
  console.log(`import (read, parse, normalise, store) ${(importMs / 1000).toFixed(1)} s`);
  console.log("frame gaps on the page (ms); floor = the same page idle for 2 s");
  printRow("floor: idle page", quantiles(idle));
  printRow("while importing", quantiles(during), quantiles(idle));
  console.log(
    `longest main-thread task while importing: ${longest > 0 ? `${longest.toFixed(0)} ms` : "none over 50 ms"} (target ≤ 50)`,
  );

  // After a reload: the worker starts afresh, and the first screening reads the stored index.
  await page.reload();
  await page.getByLabel("Name to screen").waitFor();

  // One name at a time, timed inside the worker (the first screening also loads the index).
  const names = queries(parties, NAMES);
  const search = page.getByLabel("Name to screen");
  const times: number[] = [];
  let first = 0;
  let hits = 0;
  for (const [i, name] of names.entries()) {
    await search.fill(name);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Screen", exact: true }).click();
    await page.waitForFunction(
      (run) =>
        document.querySelector("[data-testid=search-result]")?.getAttribute("data-runs") === String(run),
      i + 1,
      { timeout: 240_000 },
    );
    const ms = Number(await page.getByTestId("search-result").getAttribute("data-ms"));
    if (i === 0) first = Date.now() - t0;
    else times.push(ms);
    if (i % 2 === 0 && (await page.getByTestId("search-result").locator("li").count()) > 0) hits++;
  }
  console.log(
    `\nScreening one name against ${ENTITIES.toLocaleString("en")} entities, in the worker (${NAMES - 1} names, ms; target p95 ≤ ${TARGET_P95_MS})`,
  );
  console.log(
    `first screening after reload, ${ENTITIES.toLocaleString("en")} entities: ${first} ms (target ≤ 1,000; page round trip: worker start, index read from IndexedDB, one name)`,
  );
  const q = quantiles(times);
  printRow("one name", q);
  console.log(
    `p95 / target: ${(q.p95 / TARGET_P95_MS).toFixed(2)}×; listed names written differently that were found: ${hits}/${NAMES / 2}`,
  );
});
