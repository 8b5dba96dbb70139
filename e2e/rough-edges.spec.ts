// Issue 24: the rough edges a new user hits, each as a user meets it (item numbers are the
// issue's), in both languages where the item has words. The worked examples (items 2, 3) and the
// flag ids of the PDF (item 7) are in examples-letter.spec.ts, Complete while another tab saves
// (item 4) in hardening.spec.ts, the update notice over the form (item 8) in offline.spec.ts.
import type { Page } from "@playwright/test";

import type { Assessment } from "@/lib/assessment/assessment";
import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { UNKNOWN } from "@/lib/checklist/types";
import { LETTER_MESSAGES } from "@/lib/letter/letter";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { newDraft } from "@/lib/storage/assessments";

import { driver, UI } from "./checklist-driver";
import { PORT_STUDY_BASICS } from "./drafts";
import { completedAssessment, importRecords } from "./exchange-files";
import { expect, expectReflow, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

const BASICS = PORT_STUDY_BASICS;

function draftOn(step: string, answers: Answers): Assessment {
  return { ...newDraft(CURRENT_CHECKLIST_VERSION, step), answers };
}

/** The "Don't know" box and the input of a value question. */
function valueQuestion(page: Page, locale: "en" | "zh", id: string) {
  const d = driver(page, locale);
  const q = d.checklist.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;
  const box = page.locator(`[data-question="${id}"]`);
  return {
    dontKnow: box.getByRole("checkbox", { name: d.text.option(q, UNKNOWN), exact: true }),
    input: box.getByLabel(d.text.questionLabel(q)),
  };
}

for (const locale of ["en", "zh"] as const) {
  const ui = UI[locale];

  test(`item 1: "Don't know" on a number unticks after a reload and keeps what is typed (${locale})`, async ({
    page,
  }) => {
    const draft = draftOn("basics", { ...BASICS, contract_value: UNKNOWN });
    await importRecords(page, [draft], locale);
    await page.goto(`/${locale}/assess/?id=${draft.id}`);
    const value = valueQuestion(page, locale, "contract_value");
    await expect(value.dontKnow).toBeChecked();
    await expect(value.input).toBeDisabled();

    await value.dontKnow.uncheck();
    await expect(value.dontKnow).not.toBeChecked();
    await expect(value.input).toBeEnabled();
    await value.input.fill("250000");
    // Ticked and unticked again, the figure typed comes back.
    await value.dontKnow.check();
    await expect(value.input).toBeDisabled();
    await value.dontKnow.uncheck();
    await expect(value.input).toHaveValue("250000");
    await expect(page.locator('[data-save-status="saved"]')).toBeVisible();

    await page.reload();
    await expect(value.input).toHaveValue("250000");
    await expect(value.dontKnow).not.toBeChecked();
    await expect(value.input).toBeEnabled();
  });

  test(`item 1: "Don't know" on a date unticks in a re-assessment's draft (${locale})`, async ({ page }) => {
    const completed = await completedAssessment({ ...benignTranslation2026_3, end_date: UNKNOWN });
    await importRecords(page, [completed], locale);
    await page.goto(`/${locale}/summary/?id=${completed.id}`);
    await page.getByRole("button", { name: ui.review.reassess, exact: true }).click();
    await expect(page).toHaveURL(/\/assess\/\?id=[0-9a-f-]{36}$/);
    expect(new URL(page.url()).searchParams.get("id")).not.toBe(completed.id);
    await page.locator('[data-step="basics"]').click();
    const value = valueQuestion(page, locale, "end_date");
    await expect(value.dontKnow).toBeChecked();
    await value.dontKnow.uncheck();
    await expect(value.input).toBeEnabled();
    await value.input.fill("2026-06-30");
    await expect(page.locator('[data-save-status="saved"]')).toBeVisible();
    await page.reload();
    await expect(value.input).toHaveValue("2026-06-30");
    await expect(value.dontKnow).not.toBeChecked();
  });

  test(`item 1: a client's figure replaces "Don't know" in the letter's reply form (${locale})`, async ({
    page,
  }) => {
    const draft = draftOn("data", {
      ...BASICS,
      data_categories: ["personal_info"],
      pi_people_count: UNKNOWN,
    });
    await importRecords(page, [draft], locale);
    await page.goto(`/${locale}/letter/?id=${draft.id}`);
    await page.getByLabel(ui.letter.letterDate).fill("2026-11-20");
    const replies = page.locator(".replies");
    const value = valueQuestion(page, locale, "pi_people_count");
    const reply = {
      dontKnow: replies.locator(value.dontKnow),
      input: replies.locator(value.input),
    };
    await expect(reply.dontKnow).toBeChecked();
    await reply.dontKnow.uncheck();
    await expect(reply.input).toBeEnabled();
    await reply.input.fill("3000");
    await page.getByRole("button", { name: ui.letter.save }).click();
    // "1 answer recorded from the client's letter of 20 November 2026", not "Saving…".
    await expect(replies.getByRole("status")).toContainText("2026");

    await page.goto(`/${locale}/assess/?id=${draft.id}`);
    await driver(page, locale).expectStep("data");
    await expect(value.input).toHaveValue("3000");
    await expect(value.dontKnow).not.toBeChecked();
  });

  test(`item 5: the letter greets the named client and asks nothing only we know (${locale})`, async ({
    page,
  }) => {
    // Our own crews collect with our own equipment; how much data that produces is ours to know.
    const draft = draftOn("collection", {
      ...BASICS,
      end_client_disclosure: UNKNOWN,
      monthly_volume_gb: UNKNOWN,
      collects_in_china: "yes",
      equipment_source: "own_equipment",
    });
    await importRecords(page, [draft], locale);
    await page.goto(`/${locale}/letter/?id=${draft.id}`);
    const letter = LETTER_MESSAGES[locale];
    const box = page.getByLabel(ui.letter.textLabel);
    await expect(box).toHaveValue(new RegExp(escape(letter.requests.end_client_disclosure)));
    await expect(box).toHaveValue(
      new RegExp(escape(letter.salutation.replace("{client}", BASICS.client_name))),
    );
    await expect(box).not.toHaveValue(new RegExp(escape(letter.salutationUnnamed)));
    await expect(box).not.toHaveValue(new RegExp(escape(letter.requests.monthly_volume_gb)));
  });

  test(`item 8: a 200-character project name does not widen the summary or the letter at 320 px (${locale})`, async ({
    page,
  }) => {
    // The form's limit, typed without a space or a hyphen: nowhere a line may break.
    const name = "RailwayNetworkSignalSurvey".repeat(8).slice(0, 200);
    const draft = draftOn("review", { ...BASICS, project_name: name, end_client_disclosure: UNKNOWN });
    await importRecords(page, [draft], locale);
    await page.goto(`/${locale}/summary/?id=${draft.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(name.slice(0, 20));
    await expectReflow(page);
    await page.goto(`/${locale}/letter/?id=${draft.id}`);
    await expect(page.getByLabel(ui.letter.textLabel)).toHaveValue(new RegExp(name.slice(0, 20)));
    await expectReflow(page);
  });
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

for (const locale of ["en", "zh"] as const) {
  test(`item 6: each section's steps question says which risk its steps address (${locale})`, async ({
    page,
  }) => {
    const d = driver(page, locale);
    const draft = draftOn("basics", { ...BASICS });
    await importRecords(page, [draft], locale);
    await page.goto(`/${locale}/assess/?id=${draft.id}`);
    const labels: string[] = [];
    for (const section of d.checklist.sections) {
      const steps = section.questions.find((q) => q.kind === "multiChoice" && q.controls);
      if (!steps) continue;
      await page.locator(`[data-step=${section.id}]`).click();
      await d.expectStep(section.id);
      // Some sections ask for their steps only once a risk of theirs has been answered.
      if ((await d.question(steps.id).count()) === 0) continue;
      const legend = d.question(steps.id).locator("legend").first();
      await expect(legend).toContainText(d.text.questionLabel(steps));
      labels.push(d.text.questionLabel(steps));
    }
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(new Set(labels).size, labels.join(" | ")).toBe(labels.length);
  });
}
