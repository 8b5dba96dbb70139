// Issue 27, item 4: typing in one tab survives another tab's save on the same step. Both pages
// share one browser context (one origin, one IndexedDB, one BroadcastChannel), as two tabs do.
import type { Page } from "@playwright/test";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Answers } from "@/lib/checklist/types";
import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { newDraft } from "@/lib/storage/assessments";

import { driver } from "./checklist-driver";
import { PORT_STUDY_BASICS } from "./drafts";
import { importRecords } from "./exchange-files";
import { expect as baseExpect, expectAccessible, test } from "./fixtures";

// Imports run in a worker and each test drives two pages: on a busy machine this takes longer.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 90_000 });

function without(answers: Answers, ...ids: string[]): Answers {
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !ids.includes(id)));
}

/** Opens the draft on its step in tab A (the given page) and in a second tab B of the same context. */
async function twoTabs(page: Page, draft: Assessment, locale: "en" | "zh" = "en") {
  await importRecords(page, [draft], locale);
  const b = await page.context().newPage();
  for (const tab of [page, b]) {
    await tab.goto(`/${locale}/assess/?id=${draft.id}`);
    await driver(tab, locale).expectStep(draft.step as never);
  }
  return { a: page, b };
}

const textbox = (tab: Page, id: string) => tab.locator(`[data-question="${id}"]`).getByRole("textbox");
const saved = (tab: Page) => expect(tab.locator('[data-save-status="saved"]')).toBeVisible();

test("typing in tab A keeps its focus and every keystroke while tab B saves answers on the same step", async ({
  page,
}) => {
  const draft = {
    ...newDraft(CURRENT_CHECKLIST_VERSION, "basics"),
    answers: without(PORT_STUDY_BASICS, "project_description", "client_name", "client_country"),
  };
  const { a, b } = await twoTabs(page, draft);
  const description = textbox(a, "project_description");
  await description.click();
  await a.keyboard.type("Count container traffic", { delay: 20 });
  await saved(a);

  // B's answer reaches A while A's caret sits in the description.
  await textbox(b, "client_name").fill("Northwind Data GmbH");
  await saved(b);
  await expect(textbox(a, "client_name")).toHaveValue("Northwind Data GmbH");
  await expect(description).toBeFocused();

  // A types on without clicking; B saves another answer in the middle of the typing.
  const typing = a.keyboard.type(" at two ports for a logistics report.", { delay: 40 });
  await expect(description).toHaveValue(/^Count container traffic at/);
  await b.locator('[data-question="client_country"] select').selectOption("DE");
  await saved(b);
  await typing;
  await expect(a.locator('[data-question="client_country"] select')).toHaveValue("DE");
  await expect(description).toHaveValue("Count container traffic at two ports for a logistics report.");
  await expect(description).toBeFocused();
  await saved(a);

  await a.reload();
  await driver(a, "en").expectStep("basics");
  await expect(textbox(a, "project_description")).toHaveValue(
    "Count container traffic at two ports for a logistics report.",
  );
  await expect(textbox(a, "client_name")).toHaveValue("Northwind Data GmbH");
  await expect(a.locator('[data-question="client_country"] select')).toHaveValue("DE");
});

for (const locale of ["en", "zh"] as const) {
  test(`${locale}: a follow-up question appears and goes in tab A as tab B answers, while A types`, async ({
    page,
  }) => {
    const draft = {
      ...newDraft(CURRENT_CHECKLIST_VERSION, "commercial"),
      answers: without(benignTranslation2026_3, "usual_margin", "is_renewal", "renewal_new_scope"),
    };
    const { a, b } = await twoTabs(page, draft, locale);
    const da = driver(a, locale);
    const db = driver(b, locale);
    const q = (id: string) => da.checklist.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;
    const margin = textbox(a, "usual_margin");
    const followUp = da.question("renewal_new_scope");
    const yes = (tab: typeof da, id: string) =>
      tab.question(id).getByRole("radio", { name: tab.text.option(q(id), "yes"), exact: true });
    await expect(followUp).toHaveCount(0);
    await margin.click();
    await a.keyboard.type("2", { delay: 20 });

    await db.answer(q("is_renewal"), "yes");
    await saved(b);
    await expect(followUp).toBeVisible();
    await expect(margin).toBeFocused();
    await a.keyboard.type("5", { delay: 20 });

    await db.answer(q("renewal_new_scope"), "yes");
    await saved(b);
    await expect(yes(da, "renewal_new_scope")).toBeChecked();
    await expect(yes(da, "is_renewal")).toBeChecked();

    // B withdraws the renewal while A types: the follow-up goes, A's typing goes on.
    const typing = a.keyboard.type(".5", { delay: 60 });
    await db.answer(q("is_renewal"), "no");
    await saved(b);
    await typing;
    await expect(followUp).toHaveCount(0);
    await expect(margin).toHaveValue("25.5");
    await expect(margin).toBeFocused();
    await saved(a);
    await expectAccessible(a);

    await a.reload();
    await da.expectStep("commercial");
    await expect(textbox(a, "usual_margin")).toHaveValue("25.5");
    await expect(
      da
        .question("is_renewal")
        .getByRole("radio", { name: da.text.option(q("is_renewal"), "no"), exact: true }),
    ).toBeChecked();
    await expect(followUp).toHaveCount(0);
  });
}

test("the answer being typed is not replaced under the caret: a keystroke keeps A's text, leaving the field shows B's", async ({
  page,
}) => {
  const draft = {
    ...newDraft(CURRENT_CHECKLIST_VERSION, "basics"),
    answers: without(PORT_STUDY_BASICS, "end_client_declared", "client_name", "project_name"),
  };
  const { a, b } = await twoTabs(page, draft);
  const field = textbox(a, "end_client_declared");
  await field.click();
  await a.keyboard.type("From tab A", { delay: 20 });
  await saved(a);

  // B replaces the answer A is typing, then saves another one: once A shows that one, it has heard
  // both; what A is typing stays as typed, with the caret in it.
  await textbox(b, "end_client_declared").fill("From tab B");
  await textbox(b, "client_name").fill("Northwind Data GmbH");
  await saved(b);
  await expect(textbox(a, "client_name")).toHaveValue("Northwind Data GmbH");
  await expect(field).toHaveValue("From tab A");
  await expect(field).toBeFocused();
  // A types on: A's answer is the later write, and stays when A leaves the field; B shows it.
  await a.keyboard.type("!");
  await saved(a);
  await a.keyboard.press("Tab");
  await expect(field).toHaveValue("From tab A!");
  await expect(textbox(b, "end_client_declared")).toHaveValue("From tab A!");

  // B replaces it again and A leaves the field without typing: A then shows B's answer (stored).
  await field.click();
  await textbox(b, "end_client_declared").fill("From tab B again");
  await textbox(b, "project_name").fill("Port traffic study");
  await saved(b);
  await expect(textbox(a, "project_name")).toHaveValue("Port traffic study");
  await expect(field).toHaveValue("From tab A!");
  await a.keyboard.press("Tab");
  await expect(field).toHaveValue("From tab B again");

  await a.reload();
  await driver(a, "en").expectStep("basics");
  await expect(textbox(a, "end_client_declared")).toHaveValue("From tab B again");
  await expect(textbox(a, "client_name")).toHaveValue("Northwind Data GmbH");
});
