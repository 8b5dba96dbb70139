import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";

import { driver } from "./checklist-driver";
import { completedAssessment, exportText, importThroughUi } from "./exchange-files";
import { expect, expectAccessible, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

test("sign-off, re-assessment onto the current checklist with new questions marked, and a comparison showing a changed flag", async ({
  page,
}) => {
  const d = driver(page, "en");
  const en = d.ui;
  const old = await completedAssessment(railwayBeforeSigning, { version: "2026.1" });
  await page.goto("/en/history/");
  await importThroughUi(page, await exportText([old]));
  await expect(page.getByTestId("history-count")).toHaveText(
    "1 assessments of 1".replace("1 assessments", "1 assessment"),
  );

  // An old 2026.1 assessment opens and renders with 2026.1.
  await page.getByRole("link", { name: "China railway network research" }).click();
  await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "decline");
  await expect(page.getByText("2026.1").first()).toBeVisible();

  // Sign-off lands in the audit trail; the fingerprint is unchanged.
  await d.signOff({
    decision: "approved_with_conditions",
    name: "Zhang Min",
    role: "Legal counsel",
    comment: "Only after the end client is named.",
  });
  const trail = page.getByTestId("audit-trail");
  await expect(trail.locator('tr[data-action="signed_off"]')).toContainText(
    "Signed off: Approved with conditions",
  );
  await expect(trail.locator('tr[data-action="signed_off"]')).toContainText("Zhang Min (Legal counsel)");
  await expect(trail.locator('[data-sign-off="approved_with_conditions"]')).toContainText(
    "Only after the end client is named.",
  );
  await expectAccessible(page);
  await page.reload();
  await expect(page.getByTestId("audit-trail").locator("tbody tr")).toHaveCount(2);
  await expect(page.getByText(old.fingerprint!.slice(0, 12)).first()).toBeVisible();

  // Re-assess: answers carried over, new questions marked: the kind of work (required) in the
  // basics, the two margin questions in section F.
  await page.getByRole("button", { name: en.review.reassess }).click();
  await expect(page).toHaveURL(/\/assess\/\?id=/);
  await expect(page.getByLabel(d.text.questionLabel(d.checklist.sections[0]!.questions[4]!))).toHaveValue(
    "China railway network research",
  );
  const workKinds = d.checklist.sections[0]!.questions.find((q) => q.id === "work_kinds")!;
  await expect(d.question("work_kinds")).toContainText(en.assess.newOrChanged);
  await d.answer(workKinds, ["field_collection_equipment", "install_operate_devices"]);
  await page.locator("[data-step=commercial]").click();
  await d.expectStep("commercial");
  await expect(page.locator("[data-new-question]")).toHaveCount(2);
  await expect(page.locator('[data-question="expected_margin"]')).toContainText(en.assess.newOrChanged);
  const price = d.checklist.sections.flatMap((s) => s.questions).find((q) => q.id === "price_vs_market")!;
  const priceInput = d.question("price_vs_market").getByLabel(d.text.questionLabel(price));
  await expect(priceInput).toHaveValue("450");
  await priceInput.fill("140");
  await expectAccessible(page);
  await page.getByRole("button", { name: en.assess.review, exact: true }).click();
  await d.expectStep("review");
  await d.complete();

  // Compare: the price flag dropped from high to elevated.
  await page.getByRole("link", { name: en.review.compareWithSource }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en.compare.title);
  await expect(page.locator('[data-flag-change="changed"][data-flag="price_above_market"]')).toBeVisible();
  await expect(page.locator('[data-answer="price_vs_market"]')).toBeVisible();
  await expectAccessible(page);

  // The history shows the chain, and the earlier assessment's own trail records the re-assessment.
  await page.goto("/en/history/");
  await expect(
    page.getByRole("link", { name: "Re-assessment of China railway network research" }),
  ).toBeVisible();
  await page.goto(`/en/summary/?id=${old.id}`);
  await expect(page.getByTestId("audit-trail").locator('tr[data-action="reassessed_to"]')).toContainText(
    "Re-assessed: new assessment",
  );
  await expect(page.getByText(old.fingerprint!.slice(0, 12)).first()).toBeVisible();
});
