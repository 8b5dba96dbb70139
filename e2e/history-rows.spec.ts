// Issue 27 item 3 (history rows trusted only as far as they check) and issue 29 item 3 (the
// portfolio view), on the history page of a real browser.
import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";

import { newSigner } from "@/lib/assessment/signature";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";

import { UI } from "./checklist-driver";
import {
  completedAssessment,
  exportText,
  importRecords,
  importThroughUi,
  sealedAssessment,
  signedOff,
} from "./exchange-files";
import { expect, expectAccessible, test } from "./fixtures";

/** Changes stored history rows in this browser's IndexedDB, as someone with the developer tools can. */
async function plantRows(page: Page, edits: Record<string, Record<string, unknown>>) {
  await page.evaluate(
    (edits) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("commission-check");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction("historyRows", "readwrite");
          const store = tx.objectStore("historyRows");
          for (const [id, change] of Object.entries(edits)) {
            const get = store.get(id);
            get.onsuccess = () => store.put({ ...(get.result ?? { id }), ...change });
          }
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    edits,
  );
}

test("malformed and altered history rows are shown as damaged, with their ids; the page, search, filters and register keep working", async ({
  page,
  egress,
}) => {
  const en = UI.en.history;
  const critical = await completedAssessment(railwayBeforeSigning2026_3, {
    completedAt: "2026-03-01T09:00:00.000Z",
  });
  const others = await Promise.all(
    ["Object project", "Numeric search", "Null client", "Intact"].map((project_name, i) =>
      completedAssessment(
        { ...benignTranslation2026_3, project_name, client_name: `Client ${i}` },
        { completedAt: `2026-0${i + 4}-01T09:00:00.000Z` },
      ),
    ),
  );
  const [objectProject, numericSearch, nullClient, intact] = others as [
    (typeof others)[0],
    (typeof others)[0],
    (typeof others)[0],
    (typeof others)[0],
  ];
  await importRecords(page, [critical, ...others]);
  await expect(page.getByTestId("history-count")).toHaveText("5 assessments of 5");

  await plantRows(page, {
    [critical.id]: { level: "low", decision: "proceed", signOff: "approved" },
    [objectProject.id]: { project: { name: "Object project" } },
    [numericSearch.id]: { search: 42 },
    [nullClient.id]: { counterparty: null },
  });
  await page.reload();
  await expect(page.getByTestId("history-count")).toHaveText("5 assessments of 5");
  const table = page.getByTestId("history-table");
  for (const record of [critical, objectProject, numericSearch, nullClient]) {
    const row = table.locator(`tr[data-id="${record.id}"]`);
    await expect(row.getByRole("link", { name: `Damaged record ${record.id}` })).toBeVisible();
    await expect(row.locator('td[data-col="status"]')).toHaveText(en.statusDamaged);
    await expect(row.locator('td[data-col="level"]')).toHaveText("");
  }
  // The altered verdict is nowhere: no row says Low, Proceed or Approved.
  await expect(table.getByText(en.signOff.approved, { exact: true })).toHaveCount(0);
  await expect(table.locator('tr[data-id="' + intact.id + '"] td[data-col="level"]')).not.toHaveText("");

  // Search still works (and finds a damaged row by its id); the level filter never hides one.
  await page.getByLabel(en.search).fill("intact");
  await expect(page.getByTestId("history-count")).toHaveText("1 assessment of 5");
  await page.getByLabel(en.search).fill(critical.id.slice(0, 8));
  await expect(table.locator(`tr[data-id="${critical.id}"]`)).toBeVisible();
  await page.getByLabel(en.search).fill("");
  await page.getByLabel(en.level, { exact: true }).selectOption("critical");
  await expect(table.locator(`tr[data-id="${critical.id}"]`)).toBeVisible();
  await page.getByRole("button", { name: en.clear }).click();

  // The register downloads, with the damaged rows marked and no forged verdict.
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: en.register }).click();
  const csv = await readFile((await (await downloading).path())!, "utf8");
  const line = csv.split("\r\n").find((l) => l.startsWith(`"${critical.id}"`))!;
  expect(line).toContain(`"${en.statusDamaged}"`);
  expect(line).not.toMatch(/"Low"|"Proceed"|"Approved"/);
  expect(csv.split("\r\n").filter((l) => l.includes(`"${en.statusDamaged}"`))).toHaveLength(4);

  // Opening a damaged row shows the record itself, with its own verdict.
  await table.getByRole("link", { name: `Damaged record ${critical.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/en/summary/\\?id=${critical.id}`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(/Decline/).first()).toBeVisible();

  // And deleting one removes it.
  await page.goto("/en/history/");
  await table.getByRole("button", { name: `${en.delete} Damaged record ${nullClient.id}` }).click();
  await page.getByRole("dialog").getByRole("button", { name: en.deleteConfirm }).click();
  await expect(page.getByTestId("history-count")).toHaveText("4 assessments of 4");
  expect(egress.offences).toEqual([]);
});

for (const locale of ["en", "zh"] as const) {
  test(`the portfolio view counts what the history table lists, and follows its filters (${locale})`, async ({
    page,
    egress,
  }) => {
    const h = UI[locale].history;
    const p = UI[locale].portfolio;
    const records = [
      await completedAssessment(railwayBeforeSigning2026_3, { completedAt: "2026-02-01T09:00:00.000Z" }),
      await completedAssessment(
        { ...railwayBeforeSigning2026_3, project_name: "Second railway" },
        { completedAt: "2026-05-01T09:00:00.000Z", reassessBy: "2026-06-01" },
      ),
      await completedAssessment(
        { ...benignTranslation2026_3, project_name: "Manual" },
        { completedAt: "2026-05-02T09:00:00.000Z" },
      ),
    ];
    await importRecords(page, records, locale);
    await page.reload();
    const portfolio = page.getByTestId("portfolio");
    await expect(portfolio.getByRole("heading", { name: p.title })).toBeVisible();
    const figures = portfolio.getByTestId("portfolio-figures");
    await expect(figures).toContainText(`${p.completed}3`);
    await expect(figures).toContainText(`${p.due}1`);

    // Per quarter: Q1 one (critical), Q2 two; the table alternative says the same as the chart.
    const levels = portfolio.getByTestId("portfolio-levels-table");
    const rows = levels.locator("tbody tr");
    await expect(rows).toHaveCount(2);
    const totals = await rows.locator("td:last-child").allTextContents();
    expect(totals).toEqual(["1", "2"]);

    // The level filter applies: the critical ones only, in the table and in the portfolio.
    await page.getByLabel(h.level, { exact: true }).selectOption("critical");
    const listed = await page.getByTestId("history-table").locator("tbody tr").count();
    expect(listed).toBe(2);
    await expect(figures).toContainText(`${p.completed}${listed}`);
    await expect(levels.locator("tbody tr td:last-child")).toHaveText(["1", "1"]);

    // Per month, and the flags table names the decisive flags in the page's language.
    await portfolio.getByLabel(p.period).selectOption("month");
    await expect(levels.locator("tbody tr")).toHaveCount(2);
    await expect(portfolio.getByRole("table", { name: p.flags })).toBeVisible();
    await expectAccessible(page);
    expect(egress.offences).toEqual([]);
  });
}

test("a copy kept on import shows its original's sign-off as verified, in the history and on its summary", async ({
  page,
}) => {
  const signed = await signedOff(await sealedAssessment(benignTranslation2026_3), await newSigner(), {
    decision: "rejected",
    name: "Zhang Min",
    role: "Legal counsel",
    comment: "Do not proceed.",
  });
  const text = await exportText([signed]);
  await importRecords(page, [signed]);
  await importThroughUi(page, text);
  await page.getByLabel(/^Keep both/).check();
  await page.getByRole("button", { name: UI.en.exchange.continue }).click();
  await expect(page.getByTestId("import-status")).toContainText("1 kept as copies");
  const table = page.getByTestId("history-table");
  await expect(table.locator("tbody tr")).toHaveCount(2);
  await expect(
    table.locator('td[data-col="decision"]').getByText(UI.en.history.signOff.rejected),
  ).toHaveCount(2);
  await expect(table.getByText(UI.en.history.signOff.unverified)).toHaveCount(0);

  const copy = table.locator(`tbody tr:not([data-id="${signed.id}"])`);
  await copy.getByRole("link").first().click();
  await expect(page.getByTestId("audit-trail").locator("[data-sign-off]")).toHaveAttribute(
    "data-verification",
    /^(signed|trusted)/,
  );
});
