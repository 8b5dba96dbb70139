// Drives the assessment form the way a person does — by the visible labels of each control —
// from a typed answers fixture. The labels come from the checklist's own message files, so the
// same fixture runs in English and in Chinese.
import { expect, type Locator, type Page } from "@playwright/test";

import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import type { AnswerValue, Answers, Checklist, Question, SectionId } from "@/lib/checklist/types";
import { UNKNOWN } from "@/lib/checklist/types";
import type { SignOffDecision } from "@/lib/assessment/assessment";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Locale } from "@/lib/base/locale";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

export const UI = { en, zh } as const;

export function driver(page: Page, locale: Locale, version = CURRENT_CHECKLIST_VERSION) {
  const checklist: Checklist = getChecklist(version);
  const text = createChecklistText(version, locale);
  const ui = UI[locale];
  const question = (id: string) => page.locator(`[data-question="${id}"]`);

  async function answer(q: Question, value: AnswerValue) {
    const box = question(q.id);
    const exact = (role: "radio" | "checkbox", name: string) => box.getByRole(role, { name, exact: true });
    if (value === UNKNOWN && !["yesNo", "singleChoice", "multiChoice"].includes(q.kind)) {
      await box.getByRole("checkbox", { name: text.option(q, UNKNOWN), exact: true }).check();
      return;
    }
    switch (q.kind) {
      case "yesNo":
      case "singleChoice":
        await exact("radio", text.option(q, String(value))).check();
        return;
      case "multiChoice":
        for (const option of value as readonly string[]) {
          await exact("checkbox", text.option(q, option)).check();
        }
        return;
      case "number":
      case "text":
      case "date":
      case "longText":
        await box.getByLabel(text.questionLabel(q)).fill(String(value));
        return;
      case "country":
        await box.getByLabel(text.questionLabel(q)).selectOption(String(value));
        return;
    }
  }

  /** Answers the fixture's questions of one section, in definition order. */
  async function answerSection(section: SectionId, answers: Answers) {
    const s = checklist.sections.find((x) => x.id === section)!;
    for (const q of s.questions) {
      const value = answers[q.id];
      if (value !== undefined) await answer(q, value);
    }
  }

  async function expectStep(section: SectionId | "review") {
    const title = section === "review" ? ui.assess.reviewTitle : text.section(section);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  }

  /** Starts a new assessment and answers every section, leaving each with "Next". */
  async function fillAll(answers: Answers, options: { keyboardSection?: SectionId } = {}) {
    await page.goto(`/${locale}/`);
    await page.getByRole("link", { name: ui.home.start }).click();
    await expect(page).toHaveURL(/\/assess\/\?id=[0-9a-f-]{36}$/);
    for (const section of checklist.sections) {
      await expectStep(section.id);
      if (section.id === options.keyboardSection)
        await answerSectionByKeyboard(page, checklist, section.id, answers);
      else {
        await answerSection(section.id, answers);
        await page.getByRole("button", { name: next(section.id), exact: true }).click();
      }
    }
    await expectStep("review");
  }

  const next = (section: SectionId) =>
    checklist.sections.at(-1)!.id === section ? ui.assess.toReview : ui.assess.next;

  async function complete() {
    await page.getByRole("button", { name: ui.assess.complete, exact: true }).click();
    await expect(page).toHaveURL(/\/summary\/\?id=/);
    await expect(page.locator("[data-decision]")).toBeVisible();
  }

  /** On a completed summary: a reviewer records a sign-off; it shows in the audit trail. */
  async function signOff(entry: { decision: SignOffDecision; name: string; role: string; comment: string }) {
    await page.getByLabel(ui.history.signOff[entry.decision], { exact: true }).check();
    await page.getByLabel(ui.signOff.name).fill(entry.name);
    await page.getByLabel(ui.signOff.role).fill(entry.role);
    await page.getByLabel(ui.signOff.comment).fill(entry.comment);
    await page.getByRole("button", { name: ui.signOff.submit }).click();
    await expect(
      page.getByTestId("audit-trail").locator(`[data-sign-off="${entry.decision}"]`),
    ).toContainText(entry.name);
  }

  return { checklist, text, ui, question, answer, answerSection, expectStep, fillAll, complete, signOff };
}

/** Tab until the focused element satisfies `test`; fails after a bounded number of presses. */
type Focused = { id: string; name: string; value: string; nav: string };

async function tabTo(page: Page, test: (el: Focused) => boolean, label: string) {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLInputElement | null;
      return { id: a?.id ?? "", name: a?.name ?? "", value: a?.value ?? "", nav: a?.dataset.nav ?? "" };
    });
    if (test(el)) return;
  }
  throw new Error(`Could not reach ${label} with the Tab key`);
}

/** Answers one section with the keyboard alone (choice and text questions), then presses Next. */
async function answerSectionByKeyboard(
  page: Page,
  checklist: Checklist,
  section: SectionId,
  answers: Answers,
) {
  const s = checklist.sections.find((x) => x.id === section)!;
  for (const q of s.questions) {
    const value = answers[q.id];
    if (value === undefined) continue;
    const name = `q-${q.id}`;
    if (q.kind === "yesNo" || q.kind === "singleChoice") {
      await tabTo(page, (el) => el.name === name, q.id);
      for (let i = 0; i < 12; i++) {
        const checked = await page.evaluate(
          (n) => document.querySelector<HTMLInputElement>(`input[name="${n}"]:checked`)?.value ?? null,
          name,
        );
        if (checked === value) break;
        await page.keyboard.press(i === 0 && checked === null ? "Space" : "ArrowDown");
      }
      await expect(page.locator(`input[name="${name}"]:checked`)).toHaveAttribute("value", String(value));
    } else if (q.kind === "multiChoice") {
      for (const option of value as readonly string[]) {
        await tabTo(page, (el) => el.name === name && el.value === option, `${q.id}=${option}`);
        await page.keyboard.press("Space");
      }
    } else if (q.kind === "text" || q.kind === "longText" || q.kind === "number") {
      await tabTo(page, (el) => el.id === name, q.id);
      await page.keyboard.type(String(value));
    } else {
      throw new Error(`keyboard driver: ${q.kind} not supported in this step`);
    }
  }
  await tabTo(page, (el) => el.nav === "next", "the Next button");
  await page.keyboard.press("Enter");
}

export type Driver = ReturnType<typeof driver>;
export type { Locator };
