// Worked examples and the letter to the client, as a person uses them, in both languages: open
// the railway example from the home page (on the current checklist, in the page's language, dated
// as the case is; nothing is stored), copy an example into my assessments (it opens on its first
// step, every step valid), write the letter from a draft's open identity and destination questions in the
// other language, download it as PDF and text and read both back, record the client's replies
// and see them marked on the summary.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "@playwright/test";

import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Locale } from "@/lib/base/locale";
import { parenthesised } from "@/lib/i18n/routing";
import { getExample } from "@/lib/examples/examples";
import { LETTER_MESSAGES } from "@/lib/letter/letter";

import { driver, UI } from "./checklist-driver";
import { PORT_STUDY_BASICS } from "./drafts";
import { expect, expectAccessible, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });

const squash = (s: string) => s.replace(/\s+/gu, "");

async function download(page: Page, name: string) {
  const event = page.waitForEvent("download");
  await page.getByRole("button", { name, exact: true }).click();
  const file = await event;
  const path = join(mkdtempSync(join(tmpdir(), "cc-letter-e2e-")), file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

const pdfText = (path: string) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });

/** The history page of an empty browser says so; one with assessments counts them. */
async function expectHistoryEmpty(page: Page, locale: Locale) {
  await page.goto(`/${locale}/history/`);
  await expect(page.getByText(UI[locale].history.empty)).toBeVisible();
}

/** A draft with the client's identity, ownership and the data's destination answered "don't know". */
const OPEN_DRAFT = {
  ...PORT_STUDY_BASICS,
  end_client_disclosure: "unknown",
  client_affiliations: ["unknown"],
  suspect_other_motive: "unknown",
  data_destination: "unknown",
} as const satisfies Answers;

for (const locale of ["en", "zh"] as const) {
  const ui = UI[locale];
  const other: Locale = locale === "en" ? "zh" : "en";

  test.describe(`${locale}`, () => {
    // English runs under the real Content-Security-Policy, so the example's PDF is made as a
    // visitor's browser would make it; Chinese with it bypassed, so the egress fixture sees all.
    test.use({ bypassCSP: locale === "zh" });

    test(`the railway example opens from the home page: critical, decline, nothing stored (${locale})`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      const examples = page.getByTestId("example-cards");
      await expect(examples.locator('[data-example="railway"] [data-level]').first()).toHaveAttribute(
        "data-level",
        "critical",
      );
      await examples.getByRole("link", { name: ui.examples.cases.railway.title }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/examples/\\?id=railway$`));

      // From the home page the example reloads once under its own policy (it makes PDFs), then loads.
      const banner = page.locator("[data-decision]");
      await expect(banner).toHaveAttribute("data-level", "critical", { timeout: 30_000 });
      await expect(banner).toHaveAttribute("data-decision", "decline");
      await expect(banner).toHaveAttribute("data-rule", "railway_pattern");
      const text = createChecklistText(CURRENT_CHECKLIST_VERSION, locale);
      await expect(banner).toContainText(text.decision("decline"));
      await expect(page.getByText(ui.examples.notice)).toBeVisible();
      // On the current checklist, in this page's language, dated as the case is.
      const railway = getExample("railway")!;
      const words = railway.words[locale];
      await expect(page.getByRole("heading", { level: 1 })).toContainText(words.project_name);
      await expect(page.locator("[data-checklist-version]")).toHaveAttribute(
        "data-checklist-version",
        CURRENT_CHECKLIST_VERSION,
      );
      const facts = page.locator(".facts");
      await expect(facts).toContainText(railway.date);
      await expect(facts).toContainText(words.your_company);
      await expect(facts).toContainText(words.assessor_name + parenthesised(words.assessor_role, locale));
      await expect(facts).not.toContainText(words.assessor_role + parenthesised(words.assessor_role, locale));
      for (const english of Object.values(railway.words.en))
        if (locale === "zh") await expect(page.getByText(english, { exact: false })).toHaveCount(0);
      await expectAccessible(page);

      // Its PDF, made in the browser, carries the verdict.
      const pdf = await download(page, ui.pdf.download);
      await expect(page.locator("[data-pdf-status]")).toHaveAttribute("data-pdf-status", "done");
      const inPdf = squash(pdfText(pdf.path));
      expect(inPdf).toContain(squash(text.decision("decline")));
      // The PDF says it is an example, in its title, its status and its footer (never "Draft").
      expect(inPdf).toContain(squash(words.project_name + parenthesised(ui.examples.projectNote, locale)));
      expect(pdf.name).toContain(ui.examples.projectNote);
      expect(inPdf).toContain(squash(ui.pdf.footerExample));
      expect(inPdf).not.toContain(squash(ui.pdf.footerDraft));
      // Item 7: the page shows no flag ids, and neither does the PDF.
      const slugs = await page
        .locator("[data-flag]")
        .evaluateAll((flags) => flags.map((f) => f.getAttribute("data-flag")!));
      expect(slugs.length).toBeGreaterThan(5);
      for (const slug of slugs) {
        await expect(page.locator("main")).not.toContainText(slug);
        expect(inPdf, slug).not.toContain(slug);
      }

      await expectHistoryEmpty(page, locale);
    });

    test(`an example is copied into my assessments as a draft (${locale})`, async ({ page }) => {
      await expectHistoryEmpty(page, locale);
      await page.goto(`/${locale}/examples/`);
      await page.getByRole("link", { name: ui.examples.cases["trade-fair"].title }).click();
      await expect(page.locator("[data-decision]")).toHaveAttribute(
        "data-decision",
        "proceed_with_conditions",
      );
      await page.getByRole("button", { name: ui.examples.copy }).click();
      await expect(page).toHaveURL(/\/assess\/\?id=[0-9a-f-]{36}$/);
      // It opens on its first step, assessed, with every answer valid on the current checklist:
      // each step is left with "Next" and says nothing is wrong, up to the review.
      const d = driver(page, locale);
      const words = getExample("trade-fair")!.words[locale];
      await d.expectStep(d.checklist.sections[0]!.id);
      await expect(d.question("project_name").getByRole("textbox")).toHaveValue(words.project_name);
      await expect(page.locator("[data-live-level]")).toHaveAttribute("data-live-level", "medium");
      for (const section of d.checklist.sections) {
        await d.expectStep(section.id);
        const isLast = section.id === d.checklist.sections.at(-1)!.id;
        await page
          .getByRole("button", { name: isLast ? ui.assess.toReview : ui.assess.next, exact: true })
          .click();
      }
      await d.expectStep("review");
      await expect(page.getByText(ui.assess.errorsHeading)).toHaveCount(0);
      await expect(page.getByRole("button", { name: ui.assess.complete, exact: true })).toBeEnabled();

      await page.goto(`/${locale}/history/`);
      const row = page.getByRole("row").filter({ hasText: words.project_name });
      await expect(row).toContainText(ui.history.statusDraft);
      await expect(page.getByRole("row").filter({ hasText: words.client_name })).toHaveCount(1);
    });

    test(`a letter to the client from a draft's open questions, in either language, then the replies (${locale})`, async ({
      page,
      context,
    }) => {
      await context.grantPermissions(["clipboard-read", "clipboard-write"]);
      const d = driver(page, locale);
      await d.fillAll(OPEN_DRAFT);
      const id = new URL(page.url()).searchParams.get("id")!;

      await page.goto(`/${locale}/summary/?id=${id}`);
      await expect(page.locator("[data-open-client-questions]")).toHaveAttribute(
        "data-open-client-questions",
        "3",
      );
      await page.getByRole("link", { name: ui.letter.entryLink }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/letter/\\?id=${id}$`));

      const box = page.getByLabel(ui.letter.textLabel);
      const mine = LETTER_MESSAGES[locale].requests;
      await expect(box).toHaveValue(new RegExp(escape(mine.end_client_disclosure)));
      await expect(box).toHaveValue(new RegExp(escape(mine.client_affiliations)));
      await expect(box).toHaveValue(new RegExp(escape(mine.data_destination)));
      await expect(box).not.toHaveValue(/bad feeling|motive|动机/);
      await expectAccessible(page);

      // The letter in the other language, with the names, edited before use.
      await page.getByRole("radio", { name: other === "zh" ? "中文" : "English" }).check();
      const theirs = LETTER_MESSAGES[other].requests;
      await expect(box).toHaveValue(new RegExp(escape(theirs.end_client_disclosure)));
      await expect(box).toHaveValue(new RegExp(escape(OPEN_DRAFT.client_name)));
      const note = other === "zh" ? "请于十二月十日前答复。" : "Please reply by 10 December.";
      await box.fill(`${await box.inputValue()}\n${note}\n`);

      await page.getByRole("button", { name: ui.letter.copy }).click();
      await expect(page.getByRole("status").filter({ hasText: ui.letter.copied })).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(note);

      const txt = await download(page, ui.letter.downloadText);
      expect(txt.name).toMatch(/^letter-to-client-Port-traffic-study-\d{4}-\d{2}-\d{2}\.txt$/);
      const plain = readFileSync(txt.path, "utf8");
      expect(plain).toContain(theirs.end_client_disclosure);
      expect(plain).toContain(theirs.data_destination);
      expect(plain).toContain(note);

      const pdf = await download(page, ui.letter.downloadPdf);
      expect(pdf.name).toMatch(/\.pdf$/);
      const inPdf = squash(pdfText(pdf.path));
      for (const request of [
        theirs.end_client_disclosure,
        theirs.client_affiliations,
        theirs.data_destination,
      ]) {
        expect(inPdf).toContain(squash(request));
      }
      expect(inPdf).toContain(squash(note));

      // The client answers two of the three questions by letter.
      const text = createChecklistText(getChecklist(CURRENT_CHECKLIST_VERSION).version, locale);
      await page.getByLabel(ui.letter.letterDate).fill("2026-11-20");
      const question = (id: string) => page.locator(`.replies [data-question="${id}"]`);
      const q = (id: string) =>
        getChecklist(CURRENT_CHECKLIST_VERSION)
          .sections.flatMap((s) => s.questions)
          .find((x) => x.id === id)!;
      await question("end_client_disclosure")
        .getByRole("radio", {
          name: text.option(q("end_client_disclosure"), "named_in_writing"),
          exact: true,
        })
        .check();
      await question("data_destination")
        .getByRole("radio", { name: text.option(q("data_destination"), "work_product_only"), exact: true })
        .check();
      // A letter dated in the future (beyond a day's clock skew) is refused in the form.
      await page.getByLabel(ui.letter.letterDate).fill("2099-12-31");
      await page.getByRole("button", { name: ui.letter.save }).click();
      await expect(page.getByText(ui.letter.dateFuture)).toBeVisible();
      await page.getByLabel(ui.letter.letterDate).fill("2026-11-20");
      await page.getByRole("button", { name: ui.letter.save }).click();
      await expect(page.locator(".replies [role=status]")).not.toBeEmpty();
      // Only the question still open stays in the letter.
      await expect(page.locator("[data-letter-questions]").first()).toHaveAttribute(
        "data-letter-questions",
        "1",
      );

      await page.getByRole("link", { name: ui.letter.toSummary }).click();
      const answers = page.getByTestId("client-answers");
      const date = locale === "zh" ? "2026年11月20日" : "20 November 2026";
      await expect(answers.locator('[data-question="end_client_disclosure"]')).toContainText(
        ui.letter.perLetter.replace("{date}", date),
      );
      await expect(
        answers.locator('[data-question="data_destination"] [data-client-letter]'),
      ).toHaveAttribute("data-client-letter", "2026-11-20");
      await expect(answers.locator("[data-question]")).toHaveCount(2);
      await expect(page.locator("[data-open-client-questions]")).toHaveAttribute(
        "data-open-client-questions",
        "1",
      );
      await expectAccessible(page);

      // In the draft's form the note stands beside the answer, until the answer is changed.
      await page.goto(`/${locale}/assess/?id=${id}`);
      await page.locator('[data-step="identity"]').click();
      const inForm = d.question("end_client_disclosure");
      await expect(inForm.locator("[data-client-letter]")).toHaveText(
        ui.letter.perLetter.replace("{date}", date),
      );
      await inForm
        .getByRole("radio", { name: text.option(q("end_client_disclosure"), "refused"), exact: true })
        .check();
      await expect(inForm.locator("[data-client-letter]")).toHaveCount(0);
    });
  });
}

function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
