// Offline and installable: the service worker (scripts/sw.mjs) precaches the whole app on the
// first visit, so with the network cut the app still starts, completes an assessment, shows the
// history and makes the PDF in both languages; the page names a valid web app manifest with
// icons; and a new build waits for the user's "Reload" instead of switching under them.
// Service workers are blocked in the rest of the suite (playwright.config.ts) and allowed here;
// the CSP is enforced, so the worker must be allowed by it (worker-src 'self').
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "@playwright/test";

import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";

import { driver, UI } from "./checklist-driver";
import { expect, test } from "./fixtures";

test.use({ serviceWorkers: "allow", bypassCSP: false });
// One after another: the update test swaps the served sw.js for a moment.
test.describe.configure({ mode: "default" });

/** The PDF's text faces, which the worker caches while it installs (PDF_BASE_FONTS in scripts/sw.mjs). */
const PDF_BASE_FONTS = ["latin-regular.ttf", "latin-bold.ttf", "sans-regular.ttf", "sans-bold.ttf"];

/** Waits until the service worker controls the page and has cached the fonts every PDF uses. */
async function waitForOfflineCopy(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 60_000,
  });
  await page.waitForFunction(
    async (fonts) => (await Promise.all(fonts.map((f) => caches.match(`/fonts/${f}`)))).every(Boolean),
    PDF_BASE_FONTS,
    { timeout: 60_000, polling: 250 },
  );
}

async function downloadPdf(page: Page, label: string) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: label, exact: true }).click(),
  ]);
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(bytes.length).toBeGreaterThan(10_000);
  return download.suggestedFilename();
}

test("after one visit the app works with no network: assessment, history and the PDF in both languages", async ({
  page,
  context,
  egress,
}) => {
  test.setTimeout(240_000);
  await page.goto("/en/");
  await waitForOfflineCopy(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: UI.en.home.title })).toBeVisible();
  expect(
    await page.evaluate(() =>
      fetch("/en/privacy/", { cache: "no-store" }).then(
        () => "served",
        () => "no network",
      ),
    ),
  ).toBe("served");

  const d = driver(page, "en");
  await d.fillAll(benignTranslation2026_3);
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "proceed");
  expect(await downloadPdf(page, UI.en.pdf.download)).toMatch(/\.pdf$/);

  await page.getByTestId("language-switch").click();
  await expect(page).toHaveURL(/\/zh\/summary\/\?id=/);
  expect(await downloadPdf(page, UI.zh.pdf.download)).toMatch(/\.pdf$/);

  await page.getByRole("link", { name: UI.zh.shell.nav.history, exact: true }).click();
  await expect(page.getByTestId("history-table")).toContainText(String(benignTranslation2026_3.project_name));

  // A page opened fresh while offline comes from the offline copy too.
  await page.goto("/en/history/");
  await expect(page.getByTestId("history-table")).toContainText(String(benignTranslation2026_3.project_name));
  expect(egress.requests.length).toBeGreaterThan(0);
});

test("the app is installable: manifest, icons, favicon and a service worker, by Chromium's own checks", async ({
  page,
  request,
  playwright,
  baseURL,
  browserName,
}) => {
  test.setTimeout(120_000);
  const missing: string[] = [];
  page.on("response", (r) => r.status() >= 400 && missing.push(`${r.status()} ${r.url()}`));
  await page.goto("/zh/");
  await waitForOfflineCopy(page);
  expect(missing).toEqual([]);

  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  const manifest = (await (await request.get(href!)).json()) as {
    name: string;
    display: string;
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  expect(manifest.name).toContain("Commission Check");
  expect(manifest.display).toBe("standalone");
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.status(), icon.src).toBe(200);
    expect(response.headers()["content-type"]).toContain(icon.type);
  }
  expect(manifest.icons.filter((i) => i.purpose === "maskable")).toHaveLength(1);
  const favicon = await request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect((await favicon.body()).readUInt16LE(2)).toBe(1); // an ICO file: type 1, an icon

  // Chromium's own installability check (what Lighthouse reports). It always refuses an
  // incognito profile, which every test context is, so it runs in a profile on disk, with the
  // same browser; every request of that profile is checked here as the egress fixture would.
  expect(browserName).toBe("chromium");
  const profile = await playwright.chromium.launchPersistentContext(
    mkdtempSync(join(tmpdir(), "cc-profile-")),
    {
      ...(test.info().project.use.launchOptions ?? {}),
      baseURL,
    },
  );
  const requests: string[] = [];
  profile.on("request", (r) => requests.push(r.url()));
  try {
    const installed = await profile.newPage();
    await installed.goto("/en/");
    await waitForOfflineCopy(installed);
    const cdp = await profile.newCDPSession(installed);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
  } finally {
    await profile.close();
  }
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((url) => new URL(url).origin !== origin || new URL(url).search !== "")).toEqual([]);
});

/** The revision the service worker at `path` gives a precached URL. */
function revisionIn(sw: string, url: string): string {
  const match = sw.match(new RegExp(`url:"${url}",revision:"([0-9a-f]+)"`));
  if (!match?.[1]) throw new Error(`${url} is not precached`);
  return match[1];
}

/** The revisions of `url` in the page's precache, as the worker in charge stored them. */
function precachedRevisions(page: Page, url: string) {
  return page.evaluate(async (path) => {
    const revisions: string[] = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) {
        const key = new URL(request.url);
        if (key.pathname === path) revisions.push(key.searchParams.get("__WB_REVISION__") ?? "");
      }
    }
    return revisions;
  }, url);
}

test("a new build waits for the user: 'a new version is ready — reload', then the new version", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/en/privacy/");
  await waitForOfflineCopy(page);
  const first = readFileSync(join("out", "sw.js"), "utf8");
  expect(await precachedRevisions(page, "/en/privacy/")).toEqual([revisionIn(first, "en/privacy/")]);

  // The second build: a copy of out/ with one page changed and its service worker made by the
  // build's own step (scripts/sw.mjs), so the worker differs from the first in that page's
  // revision only, as after a real rebuild. A service worker's own script cannot be routed, so
  // the served out/sw.js is swapped for the second build's for the length of this test (the
  // other spec files block service workers; this file's tests run one after another).
  const second = join(mkdtempSync(join(tmpdir(), "cc-build-")), "out");
  cpSync("out", second, { recursive: true });
  const changed = join(second, "en", "privacy", "index.html");
  writeFileSync(
    changed,
    readFileSync(changed, "utf8").replace("<head>", '<head><meta name="cc-build" content="2"/>'),
  );
  execFileSync("node", ["scripts/sw.mjs", second]);
  const next = readFileSync(join(second, "sw.js"), "utf8");
  const [before, after] = [revisionIn(first, "en/privacy/"), revisionIn(next, "en/privacy/")];
  expect(after).not.toBe(before);

  const notice = page.getByTestId("app-update");
  try {
    writeFileSync(join("out", "sw.js"), next);
    await expect(notice).toBeHidden();
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await expect(notice.getByRole("status")).toHaveText(UI.en.appUpdate.updateReady);
    // Until the user chooses, the first version stays in charge, across a reload too.
    await page.reload();
    await expect(notice.getByRole("status")).toHaveText(UI.en.appUpdate.updateReady);
    expect(await precachedRevisions(page, "/en/privacy/")).toContain(before);

    // The notice sits in the page's flow, under the header: at 1280x720 it covers none of the
    // form's controls, and Next can be clicked where it is drawn.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto("/en/assess/new/");
    await expect(notice.getByRole("status")).toHaveText(UI.en.appUpdate.updateReady);
    const nextButton = page.getByRole("button", { name: UI.en.assess.next, exact: true });
    // Scrolled down to it as a person scrolls: it comes into view at the bottom of the window.
    await nextButton.evaluate((button) => button.scrollIntoView({ block: "end" }));
    const [button, banner] = [await nextButton.boundingBox(), await notice.boundingBox()];
    expect(button && banner).toBeTruthy();
    const overlaps =
      button!.x < banner!.x + banner!.width &&
      banner!.x < button!.x + button!.width &&
      button!.y < banner!.y + banner!.height &&
      banner!.y < button!.y + button!.height;
    expect(overlaps, "the update notice covers the Next button").toBe(false);
    await nextButton.click({ trial: true, timeout: 5_000 });
  } finally {
    writeFileSync(join("out", "sw.js"), first);
  }
  await page.getByRole("button", { name: UI.en.appUpdate.reload }).click();
  await expect(notice).toBeHidden();
  await expect.poll(() => precachedRevisions(page, "/en/privacy/")).toEqual([after]);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
