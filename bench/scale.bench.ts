import { type Page, test } from "@playwright/test";

import { printRow, quantiles } from "./report";
import { benchRecords, exportFile, importThroughTheApp } from "./records";

// 100,000 drafts must not make a page slow. The same pages are timed with one draft stored and
// then with 100,000, in the same browser and run: from navigation to what the page is for on
// screen (the home page's list of recent drafts, a draft's answers in its form, the history's
// first page of rows and its count of everything stored), each page loaded ROUNDS times. Figures only, never asserted.
const DRAFTS = 100_000;
const ROUNDS = 5;

type Probe = {
  name: string;
  url: string;
  shown: string;
  /** Waited for before the next load: a page still reading 100,000 rows would hold up the next one's reads. */
  settled?: string;
};

/** Milliseconds from navigation start to `shown` (a predicate over the document) being true. */
async function timeTo(page: Page, probe: Probe): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    await page.goto(probe.url, { waitUntil: "commit" });
    // An expression string: Playwright evaluates it outside the page's CSP (no eval in the page).
    const at = await page.waitForFunction(`(${probe.shown}) ? performance.now() : 0`, undefined, {
      polling: "raf",
      timeout: 120_000,
    });
    times.push((await at.jsonValue()) as number);
    if (probe.settled) await page.waitForFunction(probe.settled, undefined, { timeout: 120_000 });
  }
  return times;
}

test("100,000 drafts: the home page, a draft and the history against one draft stored (Chromium)", async ({
  page,
}) => {
  test.setTimeout(1_200_000);
  const records = await benchRecords(0, DRAFTS);
  // The newest draft (the home page lists it first) and an old one deep in the store.
  const first = records[0]!;
  const newest = records.at(-1)!;
  const counted = (total: number) =>
    `document.querySelector('[data-testid="history-count"]')?.textContent === ${JSON.stringify(
      `${total.toLocaleString("en")} ${total === 1 ? "assessment" : "assessments"} of ${total.toLocaleString("en")}`,
    )}`;
  const probes = (total: number, draft: typeof first): Probe[] => [
    {
      name: "home: recent drafts listed",
      url: "/en/",
      shown: `document.querySelector('[data-testid="draft-list"] li')`,
    },
    {
      name: "a draft: its answers in the form",
      url: `/en/assess/?id=${draft.id}`,
      shown: `[...document.querySelectorAll("input")].some((i) => i.value === ${JSON.stringify(draft.answers.project_name)})`,
    },
    {
      name: "history: first page of rows",
      url: "/en/history/",
      shown: `document.querySelector('[data-testid="history-table"] tbody tr')`,
      settled: counted(total),
    },
    { name: "history: everything counted", url: "/en/history/", shown: counted(total) },
  ];

  const one = await exportFile([first]);
  await importThroughTheApp(page, one.path, 1);
  const before = new Map<string, number[]>();
  for (const probe of probes(1, first)) before.set(probe.name, await timeTo(page, probe));

  const rest = await exportFile(records.slice(1));
  const started = Date.now();
  await importThroughTheApp(page, rest.path, DRAFTS - 1);
  const importMs = Date.now() - started;
  // The history lists what it imported (reading every row) before the next page is opened.
  await page.waitForFunction(counted(DRAFTS), undefined, { timeout: 300_000 });
  const after = new Map<string, number[]>();
  for (const probe of probes(DRAFTS, newest)) after.set(probe.name, await timeTo(page, probe));
  const old: Probe = { ...probes(DRAFTS, first)[1]!, name: "the oldest draft: its answers" };
  after.set(old.name, await timeTo(page, old));

  console.log(
    `\n${DRAFTS.toLocaleString("en")} drafts (export file ${(rest.bytes / 1e6).toFixed(1)} MB, imported through the app in ${(importMs / 1000).toFixed(1)} s)`,
  );
  console.log(
    `From navigation to the page's content on screen (ms, ${ROUNDS} loads; floor = one draft stored)`,
  );
  for (const [name, times] of before) {
    printRow(`${name}, 1 draft`, quantiles(times));
    printRow(`${name}, ${DRAFTS / 1000}k`, quantiles(after.get(name)!), quantiles(times));
  }
  printRow(
    `${old.name}, ${DRAFTS / 1000}k`,
    quantiles(after.get(old.name)!),
    quantiles(before.get(probes(1, first)[1]!.name)!),
  );
});
