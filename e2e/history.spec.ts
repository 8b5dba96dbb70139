import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { benignTranslation, benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { newDraft } from "@/lib/storage/assessments";

import { UI } from "./checklist-driver";
import { completedAssessment, exportText, importThroughUi } from "./exchange-files";
import { expect, expectAccessible, openUnderServiceWorker, test } from "./fixtures";

const en = UI.en;

async function seed(page: Page) {
  const records = [
    await completedAssessment(railwayBeforeSigning2026_3, { completedAt: "2026-03-01T09:00:00.000Z" }),
    await completedAssessment(
      { ...benignTranslation, project_name: "Manual translation", client_name: "Zeta GmbH" },
      { completedAt: "2026-05-01T09:00:00.000Z", version: "2026.1" },
    ),
    await completedAssessment(
      {
        ...benignTranslation2026_3,
        project_name: "Annual report",
        client_name: "Alpha Ltd",
        assessor_name: "Wang Fang",
      },
      { completedAt: "2025-01-10T09:00:00.000Z", reassessBy: "2026-01-10" },
    ),
  ];
  await page.goto("/en/history/");
  await expect(page.getByText(en.history.empty)).toBeVisible();
  await importThroughUi(page, await exportText(records));
  await expect(page.getByTestId("import-status")).toContainText("Imported 3 assessments");
  await expect(page.getByTestId("history-count")).toHaveText("3 assessments of 3");
  return records;
}

/** Every stored assessment, read with the raw IndexedDB API, sorted by id. */
async function storedRecords(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open("commission-check");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction("assessments").objectStore("assessments").getAll();
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { id: string }[]).sort((a, b) => a.id.localeCompare(b.id)));
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

async function wipe(page: Page) {
  await page.goto("/en/privacy/");
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase("commission-check");
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
        request.onblocked = () => reject(new Error("blocked"));
      }),
  );
}

const projects = (page: Page) =>
  page.locator('[data-testid="history-table"] tbody td[data-col="project"] > a');

test("search, filter and sort find the right rows, and the view lives in the URL's fragment", async ({
  page,
  egress,
}) => {
  await seed(page);
  const requestsBefore = egress.requests.length;
  await page.getByRole("searchbox", { name: en.history.search }).pressSequentially("zeta");
  await expect(projects(page)).toHaveText(["Manual translation"]);
  await expect(page).toHaveURL(/\/en\/history\/#q=zeta$/);
  // Typing searched in the browser: not one request, so the text reached no server log. (The
  // browser fetches the page's icons when it pleases: plain files, no query, nothing typed.)
  const icon = /^GET [^?]*\/(favicon\.ico|icons\/[\w.-]+)$/;
  expect(egress.requests.slice(requestsBefore).filter((r) => !icon.test(r))).toEqual([]);
  await page.getByRole("searchbox", { name: en.history.search }).fill("wang");
  await expect(projects(page)).toHaveText(["Annual report"]);
  await page.getByRole("button", { name: en.history.clear }).click();
  await page.getByLabel(en.history.level, { exact: true }).selectOption("critical");
  await expect(projects(page)).toHaveText(["China railway network research"]);
  await page.getByLabel(en.history.level, { exact: true }).selectOption("");
  await page.getByLabel(en.history.status, { exact: true }).selectOption("due");
  await expect(projects(page)).toHaveText(["Annual report"]);
  await page.getByLabel(en.history.status, { exact: true }).selectOption("");
  await page.getByRole("button", { name: "Sort by Project" }).click();
  await expect(projects(page)).toHaveText([
    "Annual report",
    "China railway network research",
    "Manual translation",
  ]);
  await page.getByRole("button", { name: "Sort by Project" }).click();
  await expect(projects(page)).toHaveText([
    "Manual translation",
    "China railway network research",
    "Annual report",
  ]);
  await page.getByLabel(en.history.from, { exact: true }).fill("2026-01-01");
  await expect(projects(page)).toHaveText(["Manual translation", "China railway network research"]);
  await expect(page).toHaveURL(/\/en\/history\/#from=2026-01-01&sort=project&dir=desc$/);
  await page.reload();
  await expect(page.getByLabel(en.history.from, { exact: true })).toHaveValue("2026-01-01");
  await expect(projects(page)).toHaveText(["Manual translation", "China railway network research"]);
  // An address edited by hand (or a bookmark opened on the page) is followed.
  await page.evaluate(() => (window.location.hash = "q=wang"));
  await expect(page.getByRole("searchbox", { name: en.history.search })).toHaveValue("wang");
  await expect(projects(page)).toHaveText(["Annual report"]);
  await expectAccessible(page);
});

test("delete asks first, and Undo really restores the record", async ({ page }) => {
  await seed(page);
  const before = await storedRecords(page);
  await page.getByRole("button", { name: "Delete Manual translation" }).click();
  const dialog = page.getByRole("dialog", { name: en.history.deleteTitle });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("history-count")).toHaveText("3 assessments of 3");
  await page.getByRole("button", { name: "Delete Manual translation" }).click();
  await dialog.getByRole("button", { name: en.history.deleteConfirm }).click();
  await expect(page.getByTestId("history-count")).toHaveText("2 assessments of 2");
  await page.getByRole("button", { name: en.history.undo }).click();
  await expect(page.getByTestId("history-count")).toHaveText("3 assessments of 3");
  expect(await storedRecords(page)).toEqual(before);
});

// The import runs in a worker. The plain round trip runs with the CSP bypassed, so the egress
// fixture sees every request the worker makes; the encrypted one and the bad files run under the
// real policy, so a worker the policy refused would fail them. Both round trips run as on every
// visit after the first, with the service worker serving the page and the worker's script.
for (const passphrase of ["", "a long passphrase 口令"]) {
  test.describe(() => {
    test.use({ bypassCSP: !passphrase, serviceWorkers: "allow" });
    test(`export → wipe → import restores identical assessments and fingerprints (${passphrase ? "encrypted" : "plain"})`, async ({
      page,
    }) => {
      await seed(page);
      const before = await storedRecords(page);
      if (passphrase) {
        await page.getByLabel(en.exchange.encrypt).check();
        await expect(page.getByText(en.exchange.passphraseWarning)).toBeVisible();
        await page.getByLabel(en.exchange.passphrase, { exact: true }).fill(passphrase);
        await page.getByLabel(en.exchange.passphraseRepeat).fill(passphrase);
      }
      const downloading = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export all shown (3)" }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(
        passphrase ? /\.encrypted\.json$/ : /assessments-.*\.json$/,
      );
      const text = await readFile((await download.path())!, "utf8");
      expect(text.includes("railway")).toBe(!passphrase);

      await wipe(page);
      await openUnderServiceWorker(page, "/en/history/");
      await expect(page.getByText(en.history.empty)).toBeVisible();
      const workers: string[] = [];
      page.on("worker", (worker) => workers.push(worker.url()));
      await importThroughUi(page, text, download.suggestedFilename(), passphrase);
      await expect(page.getByTestId("import-status")).toContainText("Imported 3 assessments");
      // Checked and written off the page's main thread, by a worker the app serves itself.
      expect(workers).toEqual([expect.stringMatching(/^http:\/\/localhost:\d+\/_next\/static\//)]);
      expect(await storedRecords(page)).toEqual(before);
    });
  });
}

test("exporting 2,000 assessments runs in a worker and shows how far it has read", async ({ page }) => {
  test.setTimeout(120_000);
  const records = Array.from({ length: 2_000 }, (_, i) => ({
    ...newDraft("2026.3", "basics", new Date(Date.UTC(2026, 0, 1, 0, i))),
    answers: { project_name: `Project ${i}`, client_name: `Client ${i % 37}` },
  }));
  await page.goto("/en/history/");
  await importThroughUi(page, await exportText(records));
  await expect(page.getByTestId("import-status")).toContainText("Imported 2,000 assessments", {
    timeout: 60_000,
  });
  // Every state the export's status and progress bar go through, as the page draws them.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { exportStates: string[] }).exportStates = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('progress[aria-label="Export progress"]');
      const status = document.querySelector('[data-testid="export-status"]')?.textContent ?? "";
      seen.push(
        `${bar ? `bar ${bar.getAttribute("value")}/${bar.getAttribute("max")}` : "no bar"}: ${status}`,
      );
    }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const workers: string[] = [];
  page.on("worker", (worker) => workers.push(worker.url()));
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export all shown (2,000)" }).click();
  const download = await downloading;
  await expect(page.getByTestId("export-status")).toHaveText(
    `Saved 2,000 assessments to ${download.suggestedFilename()}.`,
  );
  await expect(page.getByRole("progressbar", { name: "Export progress" })).toHaveCount(0);
  // Made off the page's main thread, by a worker the app serves itself, reporting as it read.
  expect(workers).toEqual([expect.stringMatching(/^http:\/\/localhost:\d+\/_next\/static\//)]);
  const states = await page.evaluate(() => (window as unknown as { exportStates: string[] }).exportStates);
  expect(states).toContainEqual(expect.stringMatching(/^bar \d+\/2000: Read [\d,]+ of 2,000 assessments…$/));
  expect(states).toContainEqual("bar 2000/2000: Preparing the file…");
  const file = JSON.parse(await readFile((await download.path())!, "utf8")) as {
    assessments: { id: string }[];
  };
  expect(file.assessments.map((a) => a.id).sort()).toEqual(records.map((r) => r.id).sort());
});

test.describe(() => {
  test.use({ bypassCSP: false });
  test("a corrupted file, a tampered file and a wrong passphrase each give their own message and change nothing", async ({
    page,
  }) => {
    const records = await seed(page);
    const before = await storedRecords(page);
    const text = await exportText(records);
    // An edit that leaves the verdict as it was, so that only the fingerprint catches it (an edited
    // answer is refused as a verdict that does not match: e2e/hardening.spec.ts).
    const tampered = JSON.parse(text) as { assessments: { completedAt: string }[] };
    tampered.assessments[0]!.completedAt = "2026-03-01T09:00:01.000Z";
    const cases = [
      { file: text.slice(0, text.length / 2), passphrase: "", message: en.exchange.errors.not_json },
      {
        file: JSON.stringify(tampered),
        passphrase: "",
        message: en.exchange.errors.tampered.replace("{detail}", "1"),
      },
      {
        file: await exportText(records, "right passphrase"),
        passphrase: "wrong",
        message: en.exchange.errors.wrong_passphrase,
      },
    ];
    for (const c of cases) {
      await importThroughUi(page, c.file, "bad.json", c.passphrase);
      await expect(page.getByTestId("import-error")).toContainText(c.message);
      await expect(page.getByTestId("import-error")).toContainText(en.exchange.nothingChanged);
      expect(await storedRecords(page)).toEqual(before);
    }
    await expect(page.getByTestId("history-count")).toHaveText("3 assessments of 3");
  });
});

test("importing a file already imported asks: skip keeps what is stored, keep both adds copies", async ({
  page,
}) => {
  const records = await seed(page);
  const text = await exportText(records.slice(0, 1));
  await importThroughUi(page, text);
  await expect(page.getByRole("group", { name: /already in this browser/ })).toBeVisible();
  await page.getByLabel(/^Keep both/).check();
  await page.getByRole("button", { name: en.exchange.continue }).click();
  await expect(page.getByTestId("import-status")).toContainText("1 kept as copies");
  await expect(page.getByTestId("history-count")).toHaveText("4 assessments of 4");
});

test("the history works in Chinese", async ({ page }) => {
  await page.goto("/zh/history/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(UI.zh.history.title);
  await expect(page.getByText(UI.zh.history.empty)).toBeVisible();
  await importThroughUi(page, "not json at all");
  await expect(page.getByTestId("import-error")).toContainText(UI.zh.exchange.errors.not_json);
  await expectAccessible(page);
});
