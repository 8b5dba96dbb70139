// First load as the browser does it: every script a fresh visit fetches (HTTP cache bypassed,
// no service worker) until the page's own content, read from IndexedDB, has rendered and the
// network has been idle for IDLE_MS. Sizes are each script's body, gzip -9, so they do not
// depend on the server; the floor is /404.html, the app's plainest page (Next + React, nothing
// of ours), loaded the same way in the same run. Figures only, never asserted.
import { gzipSync } from "node:zlib";

import { type Page, test } from "@playwright/test";

import { benchRecords, exportFile, importThroughTheApp } from "./records";

const IDLE_MS = 700;

type Load = { scripts: number; raw: number; gzip: number; requests: number; files: string[] };
/** BENCH_SCRIPTS=1 also lists each route's scripts, largest first (to see what a page pulls in). */
const LIST_SCRIPTS = process.env.BENCH_SCRIPTS === "1";

/** Loads `path` in a new page and measures what it fetched until `ready` shows and the network rests. */
async function firstLoad(page: Page, path: string, ready: string): Promise<Load> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  let inflight = 0;
  let last = Date.now();
  let requests = 0;
  const bodies: Promise<{ url: string; body: Buffer } | null>[] = [];
  page.on("request", () => {
    inflight += 1;
    requests += 1;
    last = Date.now();
  });
  const settle = () => {
    inflight -= 1;
    last = Date.now();
  };
  page.on("requestfailed", settle);
  page.on("requestfinished", (request) => {
    settle();
    if (request.resourceType() === "script")
      bodies.push(
        request
          .response()
          .then(async (r) => (r ? { url: request.url(), body: await r.body() } : null))
          .catch(() => null),
      );
  });
  await page.goto(path);
  await page.locator(ready).first().waitFor({ state: "visible", timeout: 60_000 });
  while (inflight > 0 || Date.now() - last < IDLE_MS) {
    await page.waitForTimeout(100);
  }
  const loaded = (await Promise.all(bodies))
    .filter((b) => b !== null)
    .map(({ url, body }) => ({ url, raw: body.length, gzip: gzipSync(body, { level: 9 }).length }))
    .sort((a, b) => b.gzip - a.gzip);
  await cdp.detach();
  return {
    scripts: loaded.length,
    raw: loaded.reduce((n, b) => n + b.raw, 0),
    gzip: loaded.reduce((n, b) => n + b.gzip, 0),
    requests,
    files: loaded.map((f) => `    ${(f.gzip / 1024).toFixed(1).padStart(6)} KB  ${new URL(f.url).pathname}`),
  };
}

test("first load: every script fetched until the page's content has rendered (Chromium)", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  // One context, so the assessments imported below are in IndexedDB for every page; service
  // workers blocked, so each figure is the page's own first visit (the offline copy the service
  // worker fetches afterwards is reported separately).
  const context = await browser.newContext({ serviceWorkers: "block" });
  const records = await benchRecords(2, 1);
  const [railway, benign, draft] = records as [(typeof records)[0], (typeof records)[0], (typeof records)[0]];
  const setup = await context.newPage();
  await importThroughTheApp(setup, (await exportFile(records)).path, records.length);
  await setup.close();

  const routes: { route: string; path: string; ready: string; target?: number }[] = [
    { route: "/404.html (floor)", path: "/404.html", ready: "h1" },
    { route: "/en/ (home, 1 draft)", path: "/en/", ready: '[data-testid="draft-list"]', target: 1.2 },
    { route: "/en/privacy/", path: "/en/privacy/", ready: "h1", target: 1.2 },
    { route: "/en/assess/new/", path: "/en/assess/new/", ready: "[data-question]", target: 1.6 },
    {
      route: "/en/assess/?id= (draft)",
      path: `/en/assess/?id=${draft.id}`,
      ready: "[data-question]",
      target: 1.6,
    },
    {
      route: "/en/summary/?id=",
      path: `/en/summary/?id=${railway.id}`,
      ready: "[data-decision]",
      target: 1.6,
    },
    {
      route: "/en/history/ (3 rows)",
      path: "/en/history/",
      ready: '[data-testid="history-table"]',
      target: 1.6,
    },
    {
      route: "/en/compare/?a=&b=",
      path: `/en/compare/?a=${railway.id}&b=${benign.id}`,
      ready: '[data-testid="compare-levels"]',
      target: 1.6,
    },
    { route: "/zh/ (home, 1 draft)", path: "/zh/", ready: '[data-testid="draft-list"]', target: 1.2 },
    {
      route: "/zh/summary/?id=",
      path: `/zh/summary/?id=${railway.id}`,
      ready: "[data-decision]",
      target: 1.6,
    },
  ];
  const rows: (Load & { route: string; target?: number })[] = [];
  for (const { route, path, ready, target } of routes) {
    const page = await context.newPage();
    rows.push({ route, target, ...(await firstLoad(page, path, ready)) });
    await page.close();
  }
  await context.close();

  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const floor = rows[0]!;
  console.log(
    `\nFirst load: every script fetched until the page's IndexedDB content has rendered and the network ` +
      `has been idle ${IDLE_MS} ms (HTTP cache off, no service worker); gzip -9 of each body`,
  );
  console.log(
    "route".padEnd(28) +
      "scripts".padStart(8) +
      "raw".padStart(11) +
      "gzip".padStart(11) +
      "  × floor".padEnd(10) +
      "  target",
  );
  for (const r of rows) {
    const ratio = r.gzip / floor.gzip;
    const verdict = r.target === undefined ? "" : `≤ ${r.target}× ${ratio <= r.target ? "met" : "MISSED"}`;
    console.log(
      r.route.padEnd(28) +
        String(r.scripts).padStart(8) +
        kb(r.raw).padStart(11) +
        kb(r.gzip).padStart(11) +
        `  ${ratio.toFixed(2)}×`.padEnd(10) +
        `  ${verdict}`,
    );
    if (LIST_SCRIPTS) console.log(r.files.join("\n"));
  }
});
