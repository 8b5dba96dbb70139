// Restricted-party screening, as a person does it, in both languages: a malformed list file is
// refused with its line and nothing is stored; the made-up sample list is loaded through the page;
// an assessment's names are screened in its identity step; one possible match is confirmed and
// another dismissed with a reason; the confirmed one answers the foreign-sanctions question and
// raises its flag; the summary and its PDF show the record. The egress fixture sees nothing leave.
import { resolve } from "node:path";

import type { Page } from "@playwright/test";

import type { Answers } from "@/lib/checklist/types";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";

import { driver } from "./checklist-driver";
import { expect, expectAccessible, openUnderServiceWorker, test } from "./fixtures";
import { LOCALES } from "./pages";
import { downloadPdf, pdfText, squash } from "./pdf-file";

// A full walk through the checklist at a person-like pace, twice round the list page: give it room.
test.describe.configure({ timeout: 240_000 });
// Lists load and names are screened in web workers: run as on every visit after the first, with
// the service worker serving the page and the workers' scripts.
test.use({ serviceWorkers: "allow" });

/** Playwright runs from the project root. */
const fixture = (name: string) => resolve("test/fixtures/screening", name);

const CLIENT = "Brightwave Analytics GmbH";
const END_CLIENT = "Harbour Light Consulting";
const REASON = "Different company: UK registry number 0999 differs";
// The foreign-sanctions question is left for the screening to answer.
const answers: Answers = { ...benignTranslation2026_3, client_name: CLIENT, end_client_declared: END_CLIENT };
delete answers.listed_abroad;

async function loadList(page: Page, ui: ReturnType<typeof driver>["ui"], file: string, name: string) {
  const s = ui.screening;
  // The list is parsed and stored by a worker whose script the service worker serves.
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByLabel(s.files).setInputFiles(fixture(file));
  await page.getByLabel(s.format).selectOption("simple_csv");
  await page.getByLabel(s.sourceName).fill(name);
  await page.getByLabel(s.scope.foreign).check();
  await page.getByLabel(s.asOf, { exact: true }).fill("2026-11-01");
  await page.getByRole("button", { name: s.load }).click();
}

for (const locale of LOCALES) {
  test(`${locale}: load the sample list, screen an assessment's names, confirm one match and dismiss another`, async ({
    page,
  }) => {
    const d = driver(page, locale);
    const s = d.ui.screening;
    await openUnderServiceWorker(page, `/${locale}/`);
    await page.getByRole("navigation").getByRole("link", { name: s.nav }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.title);
    await expect(page.getByTestId("no-lists")).toBeVisible();
    await expectAccessible(page);

    // A malformed file: refused with its line and message; nothing stored.
    await loadList(page, d.ui, "bad-list.csv", "Bad list");
    const error = page.getByTestId("list-load-error");
    await expect(error).toContainText(s.atLine.replace("{line}", "3"));
    await expect(error).toContainText(
      s.errors.bad_date.replace(" ({detail})", "").replace("（{detail}）", ""),
    );
    await expect(error).toContainText("20 Nov 2025");
    await expect(error).toContainText(s.nothingStored);
    await expect(page.getByTestId("no-lists")).toBeVisible();
    expect(await page.evaluate(() => indexedDB.databases().then((dbs) => dbs.length))).toBeGreaterThan(0);

    // The sample list.
    await loadList(page, d.ui, "sample-list.csv", "Sample restricted list");
    await expect(page.getByTestId("list-load-status")).toContainText("Sample restricted list");
    const row = page.getByTestId("screening-lists").locator('tr[data-list="Sample restricted list"]');
    await expect(row).toContainText("2026-11-01");
    await expect(row).toContainText("4");
    await expect(page.getByTestId("list-load-error")).toBeEmpty();
    await expectAccessible(page);

    // A one-name check on the page, explained.
    await page.getByLabel(s.searchLabel).fill("北京星海測繪科技");
    await page.getByRole("button", { name: s.searchButton, exact: true }).click();
    await expect(page.getByTestId("search-result")).toContainText("Xinghai Surveying Technology");

    // An assessment whose client and end client are on the sample list.
    await d.fillAll(answers);
    await page.locator("[data-step=identity]").click();
    await d.expectStep("identity");
    const panel = page.getByTestId("screen-names");
    await expect(panel).toContainText(CLIENT);
    await panel.getByRole("button", { name: s.control.button }).click();
    const clientHit = panel.locator(`li.hit[data-name="${CLIENT}"]`);
    const endClientHit = panel.locator(`li.hit[data-name="${END_CLIENT}"]`);
    await expect(clientHit).toContainText("Brightwave Analytics Ltd.");
    await expect(endClientHit).toContainText("Harbour Light Consulting LLC");
    await expect(clientHit).toContainText("brightwave");

    // Dismissing needs a reason.
    await clientHit.getByRole("button", { name: s.control.dismiss }).click();
    await clientHit.getByRole("button", { name: s.control.saveDismissal }).click();
    await expect(clientHit).toContainText(s.control.reasonMissing);
    await clientHit.getByLabel(s.control.reason).fill(REASON);
    await clientHit.getByRole("button", { name: s.control.saveDismissal }).click();
    await expect(clientHit).toHaveAttribute("data-hit-decision", "dismissed");

    await endClientHit.getByRole("button", { name: s.control.confirm }).click();
    await expect(endClientHit).toHaveAttribute("data-hit-decision", "confirmed");
    await expect(panel.locator('[data-scope="foreign"]')).toHaveAttribute("data-outcome", "confirmed");
    await expect(
      d.question("listed_abroad").getByRole("radio", {
        name: d.text.option(
          d.checklist.sections[1]!.questions.find((q) => q.id === "listed_abroad")!,
          "yes",
        ),
        exact: true,
      }),
    ).toBeChecked();
    await expectAccessible(page);

    // An answer changed away from what the screening found is not completed, and says why.
    const listed = d.checklist.sections[1]!.questions.find((q) => q.id === "listed_abroad")!;
    const listedAs = (option: string) =>
      d.question("listed_abroad").getByRole("radio", { name: d.text.option(listed, option), exact: true });
    await listedAs("no").check();
    await page.locator("[data-step=review]").click();
    await d.expectStep("review");
    await page.getByRole("button", { name: d.ui.assess.complete, exact: true }).click();
    await expect(page.getByText(d.ui.assess.save.screeningDisagrees)).toBeVisible();
    await expect(page).toHaveURL(/\/assess\/\?id=/);
    await page.locator("[data-step=identity]").click();
    await listedAs("yes").check();

    // On to the review and completion; the summary shows the frozen record and the raised flag.
    await page.locator("[data-step=review]").click();
    await d.expectStep("review");
    await d.complete();
    await expect(page.locator('[data-flag="counterparty_foreign_sanctions_exposure"]')).toBeVisible();
    const record = page.getByTestId("screening-record");
    await expect(record).toContainText("Sample restricted list");
    await expect(record).toContainText("2026-11-01");
    await expect(record.locator('li.hit[data-hit-decision="confirmed"]')).toContainText(END_CLIENT);
    await expect(record.locator('li.hit[data-hit-decision="dismissed"]')).toContainText(
      "UK registry number 0999",
    );
    await expectAccessible(page);

    // The PDF carries the same record: the dated list, the confirmed match, the dismissed one
    // with its reason (read back as text, whitespace removed: lines wrap where the page ends).
    const { path } = await downloadPdf(page, d.ui.pdf.download);
    const text = squash(pdfText(path));
    const colon = locale === "zh" ? "：" : ": ";
    const dash = locale === "zh" ? "——" : " — ";
    for (const line of [
      s.record.title,
      s.scope.foreign +
        colon +
        s.outcome.confirmed.replace(
          "{lists}",
          s.listDated.replace("{name}", "Sample restricted list").replace("{date}", "2026-11-01"),
        ),
      `${s.roles.end_client}${colon}${END_CLIENT} → Harbour Light Consulting LLC`,
      s.decision.confirmed,
      `${s.roles.client}${colon}${CLIENT} → Brightwave Analytics Ltd.`,
      s.decision.dismissed + dash + s.record.reason.replace("{reason}", REASON),
    ])
      expect(text.includes(squash(line)), line).toBe(true);
  });
}

test("a list is replaced by a new snapshot and deleted, and an old list is flagged", async ({ page }) => {
  const d = driver(page, "en");
  const s = d.ui.screening;
  await openUnderServiceWorker(page, "/en/screening/");
  await loadList(page, d.ui, "sample-list.csv", "Old list");
  const row = page.locator('tr[data-list="Old list"]');
  await expect(row).toBeVisible();
  // Loaded as of 2026-11-01; the warning depends on today's date, so only check it is consistent.
  const stale = await row.getAttribute("data-stale");
  await expect(row.getByTestId("stale-warning")).toHaveCount(stale ? 1 : 0);

  await page.getByRole("button", { name: s.replaceName.replace("{name}", "Old list") }).click();
  await expect(
    page.getByRole("heading", { name: s.replaceTitle.replace("{name}", "Old list") }),
  ).toBeVisible();
  await page.getByLabel(s.files).setInputFiles(fixture("sample-list.csv"));
  await page.getByLabel(s.asOf, { exact: true }).fill("2020-01-01");
  await page.getByRole("button", { name: s.load }).click();
  await expect(page.getByTestId("list-load-status")).toContainText("Old list");
  await expect(page.locator("tr[data-list]")).toHaveCount(1);
  await expect(row).toContainText("2020-01-01");
  await expect(row.getByTestId("stale-warning")).toHaveText(s.stale);

  await page.getByRole("button", { name: s.deleteName.replace("{name}", "Old list") }).click();
  await page.getByRole("dialog").getByRole("button", { name: s.delete }).click();
  await expect(page.getByTestId("no-lists")).toBeVisible();
});
