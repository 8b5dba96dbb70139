// Checklist 2026.4 (issue 26) in the form and the summary, answered as a person would: the live
// risk names the sections that could still lower it (6), a contradicted control is said to be
// uncounted beside the control (9), and a change request's additions are shown apart from the
// original scope, which can be assessed alone (5).
import { clinicalTrialSampleLogistics } from "@/test/calibration/clinical-trial-sample-logistics";
import { surveyingChangeRequestAdditions } from "@/test/calibration/surveying-change-request-additions";
import { transcriptsAbroadContradictedControl } from "@/test/calibration/transcripts-abroad-contradicted-control";

import { driver } from "./checklist-driver";
import { expect, expectAccessible, test } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

test("6: until the approvals are answered, the live risk says which section could still lower it", async ({
  page,
}) => {
  const d = driver(page, "en");
  await page.goto("/en/");
  await page.getByRole("link", { name: d.ui.home.start }).click();
  const live = page.locator("[data-live-level]");
  for (const section of d.checklist.sections) {
    await d.expectStep(section.id);
    if (section.id === "legal") {
      // Human samples with the approval not yet answered: high, and section G could lower it.
      await expect(live).toHaveAttribute("data-live-level", "high");
      await expect(page.getByTestId("can-lower")).toContainText(d.text.section("legal"));
      await expectAccessible(page);
    }
    await d.answerSection(section.id, clinicalTrialSampleLogistics.answers);
    await page.locator('[data-nav="next"]').click();
  }
  await d.expectStep("review");
  await expect(live).toHaveAttribute("data-live-level", "medium");
  await expect(page.getByTestId("can-lower")).toHaveCount(0);
});

test("9: a declared control an answer contradicts is said to be uncounted, in the form and the summary (zh)", async ({
  page,
}) => {
  const d = driver(page, "zh");
  await page.goto("/zh/");
  await page.getByRole("link", { name: d.ui.home.start }).click();
  for (const section of d.checklist.sections) {
    await d.expectStep(section.id);
    await d.answerSection(section.id, transcriptsAbroadContradictedControl.answers);
    if (section.id === "transfer")
      await expect(page.locator('[data-contradicted="domestic_storage_controlled"]')).toContainText(
        d.text.option(
          d.checklist.sections
            .find((s) => s.id === "transfer")!
            .questions.find((q) => q.id === "transfer_controls")!,
          "domestic_storage_controlled",
        ),
      );
    await page.locator('[data-nav="next"]').click();
  }
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-level", "high");
  await expect(page.locator("[data-contradiction]")).toBeVisible();
  await expect(page.locator('[data-condition="domestic_storage_controlled"]')).toHaveCount(0);
});

test("5: a change request's additions are shown apart, and the original scope is assessed in one click", async ({
  page,
}) => {
  const d = driver(page, "en");
  await d.fillAll(surveyingChangeRequestAdditions.answers);
  await d.complete();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "decline");
  const scope = page.getByTestId("scope-additions");
  await expect(scope).toContainText(d.text.level("medium"));
  await expect(page.locator('[data-reporting="advised"]')).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("button", { name: d.ui.summary.scopeAssess }).first().click();
  await expect(page).toHaveURL(/\/assess\/\?id=/);
});
