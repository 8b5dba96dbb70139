// Calibrated judgement (checklist 2026.3), answered through the form as a person would: ordinary
// work is not escalated, the kind of work decides what is asked, an open approval is a condition,
// a listed counterparty declines without the espionage box, and a new draft has no verdict yet.
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { licensedSurveyApprovalUnknown } from "@/test/fixtures/risk/licensed-survey";

import { driver } from "./checklist-driver";
import { expect, expectAccessible, test } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

test("a translation job asks nothing about collection and ends low: proceed", async ({ page }) => {
  const d = driver(page, "en");
  await page.goto("/en/");
  await page.getByRole("link", { name: d.ui.home.start }).click();
  for (const section of d.checklist.sections) {
    await d.expectStep(section.id);
    await d.answerSection(section.id, benignTranslation2026_3);
    if (section.id === "collection") {
      await expect(page.locator("[data-question]")).toHaveCount(0);
      await expect(page.getByTestId("no-questions")).toBeVisible();
    }
    await page.locator('[data-nav="next"]').click();
  }
  await d.expectStep("review");
  await expect(page.locator('[data-live-level="low"]')).toBeVisible();
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-level", "low");
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "proceed");
  await expect(page.getByTestId("what-would-change")).toHaveCount(0);
});

test("a licensed survey with its approval not yet confirmed proceeds with conditions, in Chinese", async ({
  page,
}) => {
  const d = driver(page, "zh");
  await d.fillAll(licensedSurveyApprovalUnknown);
  await d.complete();
  const banner = page.locator("[data-decision]");
  await expect(banner).toHaveAttribute("data-level", "medium");
  await expect(banner).toHaveAttribute("data-decision", "proceed_with_conditions");
  await expect(page.locator('[data-approval="foreign_stat_survey_approval"]')).toContainText(
    d.text.approval("foreign_stat_survey_approval"),
  );
  await expect(page.locator('[data-condition="confirm_approval_before_start"]')).toBeVisible();
  await expect(page.locator('[data-flag="client_chosen_locations"]')).toHaveCount(0);
  await expect(page.locator('[data-reporting="advised"]')).toHaveCount(0);
  await expectAccessible(page);
});

test("a listed counterparty declines without the espionage reporting box, saying what to do instead", async ({
  page,
}) => {
  const d = driver(page, "en");
  await d.fillAll({ ...benignTranslation2026_3, listed_in_china: "yes" });
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "decline");
  await expect(page.locator('[data-reporting="advised"]')).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText("12339");
  await expect(page.locator('[data-reporting="instead"]')).toBeVisible();
  await expect(page.getByTestId("what-would-change")).toBeVisible();
});

for (const locale of ["en", "zh"] as const) {
  test(`a new draft is not yet assessed and says what is still needed (${locale})`, async ({ page }) => {
    const d = driver(page, locale);
    await page.goto(`/${locale}/`);
    await page.getByRole("link", { name: d.ui.home.start }).click();
    await d.expectStep("basics");
    const live = page.locator("[data-live-level]");
    await expect(live).toHaveAttribute("data-live-level", "not_assessed");
    await expect(live).toContainText(d.ui.assess.live.notAssessed);
    await expect(live).not.toContainText(d.text.decision("escalate"));
    await expectAccessible(page);
  });
}
