import { readFile } from "node:fs/promises";

import type { BrowserContext, Page } from "@playwright/test";

import { RAILWAY_FLAGS_BEFORE_SIGNING, railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";

import { driver } from "./checklist-driver";
import { importThroughUi } from "./exchange-files";
import { expect, expectAccessible, test } from "./fixtures";

// A full walk through the checklist takes a person-like pace of clicks: give it room.
test.describe.configure({ timeout: 120_000 });

test("the railway case, answered before signing, ends critical: decline, by the railway rule", async ({
  page,
}) => {
  const d = driver(page, "en");
  const started = Date.now();
  await d.fillAll(railwayBeforeSigning2026_3, { keyboardSection: "identity" });
  await d.complete();
  const summary = page.locator("[data-decision]");
  await expect(summary).toHaveAttribute("data-level", "critical");
  await expect(summary).toHaveAttribute("data-decision", "decline");
  await expect(summary).toHaveAttribute("data-rule", "railway_pattern");
  await expect(summary).toContainText(d.text.flag("end_client_undisclosed").title);
  await expect(page.locator('li[data-rule="railway_pattern"]')).toBeVisible();
  for (const slug of RAILWAY_FLAGS_BEFORE_SIGNING)
    await expect(page.locator(`[data-flag="${slug}"]`)).toBeVisible();
  await expect(page.locator('[data-reporting="advised"]')).toContainText("12339");
  // The counterparty and what the company already knows keep it critical whatever it changes.
  await expect(page.getByTestId("what-would-change")).toBeVisible();
  await expectAccessible(page);
  test.info().annotations.push({ type: "walk-through", description: `${Date.now() - started} ms` });
});

test("the railway case in Chinese: every step and the summary pass axe, and the verdict is the same", async ({
  page,
}) => {
  const d = driver(page, "zh");
  await page.goto("/zh/");
  await page.getByRole("link", { name: d.ui.home.start }).click();
  for (const section of d.checklist.sections) {
    await d.expectStep(section.id);
    await d.answerSection(section.id, railwayBeforeSigning2026_3);
    await expectAccessible(page);
    await page.locator('[data-nav="next"]').click();
  }
  await d.expectStep("review");
  await expectAccessible(page);
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "decline");
  await expect(page.locator("[data-decision]")).toContainText(d.text.decision("decline"));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("风险结论");
  await expectAccessible(page);
});

test("a benign translation job ends low: proceed", async ({ page }) => {
  const d = driver(page, "en");
  await d.fillAll(benignTranslation2026_3);
  const projectName = d.text.questionLabel(
    d.checklist.sections[0]!.questions.find((q) => q.id === "project_name")!,
  );
  await page.getByRole("button", { name: `${d.ui.assess.edit}: ${projectName}` }).click();
  await d.expectStep("basics");
  await expect(d.question("project_name").getByRole("textbox")).toBeFocused();
  await page.locator('[data-step="review"]').click();
  await d.expectStep("review");
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-level", "low");
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "proceed");
  await expect(page.locator("[data-flag]")).toHaveCount(0);
});

test("leaving the first step empty shows messages in the user's language and focuses the first error", async ({
  page,
}) => {
  const d = driver(page, "zh");
  await page.goto("/zh/assess/new/");
  await d.expectStep("basics");
  await page.locator('[data-nav="next"]').click();
  await expect(page.getByRole("alert").filter({ hasText: d.ui.assess.errorsHeading })).toBeVisible();
  await d.expectStep("basics");
  const first = d.question("your_company");
  await expect(first.getByText(d.text.t("validation.required"))).toBeVisible();
  await expect(first.getByRole("textbox")).toBeFocused();
  await expect(first.getByRole("textbox")).toHaveAttribute("aria-invalid", "true");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the steps are one row and the first question is on screen without scrolling", async ({ page }) => {
    const d = driver(page, "zh");
    await page.goto("/zh/assess/new/");
    await d.expectStep("basics");
    await expect(d.question("your_company").getByRole("textbox")).toBeInViewport();
    // Opening a later step from the row keeps it in view, and the page scrolls not sideways.
    await d.answerSection("basics", railwayBeforeSigning2026_3);
    await page.locator('[data-step="commercial"]').click();
    await d.expectStep("commercial");
    await expect(page.locator('[data-step="commercial"]')).toBeInViewport();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test("a reload restores every answer and the step", async ({ page }) => {
  const d = driver(page, "en");
  await page.goto("/en/assess/new/");
  for (const section of ["basics", "identity", "purpose"] as const) {
    await d.answerSection(section, railwayBeforeSigning2026_3);
    await page.locator('[data-nav="next"]').click();
  }
  await d.expectStep("data");
  await d.answerSection("data", railwayBeforeSigning2026_3);
  await expect(page.locator('[data-save-status="saved"]')).toBeVisible();
  await page.reload();
  await d.expectStep("data");
  const categories = railwayBeforeSigning2026_3.data_categories as readonly string[];
  const q = d.checklist.sections
    .find((s) => s.id === "data")!
    .questions.find((x) => x.id === "data_categories")!;
  for (const c of categories) {
    await expect(
      d.question("data_categories").getByRole("checkbox", { name: d.text.option(q, c), exact: true }),
    ).toBeChecked();
  }
  await page.getByRole("button", { name: /^1\./ }).click();
  await d.expectStep("basics");
  await expect(d.question("project_name").getByRole("textbox")).toHaveValue(
    String(railwayBeforeSigning2026_3.project_name),
  );
  await expect(
    d.question("client_country").getByRole("checkbox", { name: d.text.t("answers.unknown") }),
  ).toBeChecked();
  await expect(d.question("client_country").getByRole("combobox")).toBeDisabled();
});

/** Starts a new draft and returns its address. */
async function startDraft(page: Page): Promise<string> {
  await page.goto("/en/assess/new/");
  await expect(page).toHaveURL(/id=/);
  return page.url();
}

const descriptionOf = (page: Page) => page.locator('[data-question="project_description"] textarea');

/** Opens the draft at `url` in a new tab and expects `text` as its description. */
async function expectDescriptionReopened(context: BrowserContext, url: string, text: string) {
  const reopened = await context.newPage();
  await reopened.goto(url);
  await expect(descriptionOf(reopened)).toHaveValue(text);
}

// Each keystroke is journalled in localStorage synchronously, before its IndexedDB write
// (lib/storage/draft-events.ts journalEdit), so the last characters survive the tab closing.
test("text typed just before the tab closes is there when the draft is reopened", async ({
  page,
  context,
}) => {
  const url = await startDraft(page);
  await descriptionOf(page).click();
  await page.keyboard.type("Fixed-point and mobile testing along high-speed lines");
  await page.close({ runBeforeUnload: true });
  await expectDescriptionReopened(context, url, "Fixed-point and mobile testing along high-speed lines");
});

test.describe("autosave before the database code has loaded", () => {
  // The page's own requests only (a service worker would answer them out of reach of page.route).
  test.use({ serviceWorkers: "block" });

  test("an answer typed while the storage code is still on its way is there when the draft is reopened", async ({
    page,
    context,
  }) => {
    // The first draft of this browser creates the database, through Dexie; the draft opened in a
    // new tab reads it without Dexie, which its first change loads.
    const url = await startDraft(page);
    await page.close();
    const tab = await context.newPage();
    await tab.goto(url);
    const description = descriptionOf(tab);
    await expect(description).toBeVisible();
    // From now on no script reaches this tab: the code that writes to IndexedDB, which the form
    // loads with the first change, never arrives.
    const held: string[] = [];
    await tab.route("**/_next/static/chunks/**", (route) => {
      held.push(route.request().url());
    });
    await description.fill("Typed before the database code arrived");
    // The change asked for Dexie (it was not loaded with the form), and its write cannot land.
    const dexieHeld = async () => {
      const bodies = await Promise.all(held.map(async (url) => (await context.request.get(url)).text()));
      return bodies.some((body) => body.includes('Symbol.for("Dexie")'));
    };
    await expect.poll(dexieHeld).toBe(true);
    await expect(tab.locator("[data-save-status]")).toHaveAttribute("data-save-status", "saving");
    await tab.close();
    await expectDescriptionReopened(context, url, "Typed before the database code arrived");
  });
});

test("a completed assessment reopens read-only with the same summary and fingerprint", async ({ page }) => {
  const d = driver(page, "en");
  await d.fillAll(benignTranslation2026_3);
  await d.complete();
  const fingerprint = await page.locator("[data-fingerprint]").getAttribute("data-fingerprint");
  expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
  const summaryUrl = page.url();
  await page.goto(summaryUrl);
  await expect(page.locator("[data-fingerprint]")).toHaveAttribute("data-fingerprint", fingerprint!);
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-level", "low");
  await page.goto(summaryUrl.replace("/summary/", "/assess/"));
  await expect(page.locator("[data-read-only]")).toBeVisible();
  await expect(page.locator("input, textarea, select")).toHaveCount(0);
  await page.goto("/en/");
  await expect(page.getByTestId("draft-list")).toHaveCount(0);
});

test("when the browser refuses to store, the user is warned and can download the draft as a file the history imports", async ({
  page,
}) => {
  const d = driver(page, "en");
  await page.goto("/en/assess/new/");
  await d.expectStep("basics");
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = function () {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  await d.question("project_name").getByRole("textbox").fill("Rail survey");
  const warning = page.getByRole("alert").filter({ hasText: d.ui.assess.save.failed });
  await expect(warning).toContainText("QuotaExceededError");
  await expect(d.question("project_name").getByRole("textbox")).toHaveValue("Rail survey");
  const download = page.waitForEvent("download");
  await warning.getByRole("link", { name: d.ui.assess.save.download }).click();
  const file = await (await download).path();
  // An export file of the draft as it stands on screen, which the history imports back.
  const saved = JSON.parse(await readFile(file, "utf8"));
  expect(saved).toMatchObject({ format: "commission-check/assessments", assessments: [{ status: "draft" }] });
  expect(saved.assessments[0].answers.project_name).toBe("Rail survey");
  await page.goto("/en/history/");
  await importThroughUi(page, await readFile(file, "utf8"));
  await page.getByLabel(/^Keep both/).check();
  await page.getByRole("button", { name: d.ui.exchange.continue }).click();
  await expect(page.getByTestId("import-status")).toContainText("1 kept as copies");
  await expect(page.getByTestId("history-table").getByRole("link", { name: "Rail survey" })).toBeVisible();
});
