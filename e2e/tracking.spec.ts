// Issue 28: a proceed-with-conditions assessment cleared item by item with evidence kept on the
// device; the summary, the history's filter and column and the CSV register show it; a tracked
// state edited in storage is detected. Both languages.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Page } from "@playwright/test";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Locale } from "@/lib/base/locale";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { caseAnswers, getExample } from "@/lib/examples/examples";
import { formatDate } from "@/lib/i18n/profile";

import { driver } from "./checklist-driver";
import { exportText, importThroughUi, sealedAssessment } from "./exchange-files";
import { expect, expectAccessible, test } from "./fixtures";

test.describe.configure({ timeout: 120_000 });

/** The trade-fair example, completed and sealed: one condition and one approval, due before work
 *  starts on 2 March 2026, so the approval is overdue. */
async function tradeFair(locale: Locale): Promise<Assessment> {
  const example = getExample("trade-fair")!;
  const { answers } = migrateAnswersToCurrent(example.answeredOn, caseAnswers(example, locale));
  return sealedAssessment(answers);
}

/** A 1×1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

async function download(page: Page, click: () => Promise<void>) {
  const event = page.waitForEvent("download");
  await click();
  const file = await event;
  const path = join(mkdtempSync(join(tmpdir(), "cc-tracking-e2e-")), file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

async function seed(page: Page, locale: Locale, record: Assessment) {
  await page.goto(`/${locale}/history/`);
  await importThroughUi(page, await exportText([record]));
  await expect(page.getByTestId("import-status")).toContainText(/Imported|已导入/);
}

for (const locale of ["en", "zh"] as const) {
  test(`a proceed-with-conditions assessment is cleared item by item with evidence (${locale})`, async ({
    page,
  }) => {
    const d = driver(page, locale);
    const ui = d.ui;
    const tt = ui.tracking;
    const record = await tradeFair(locale);
    const project = String(record.answers.project_name);
    const condition = d.text.control("data_clauses_added").condition;
    const approval = d.text.approval("pi_consent_and_impact_assessment");
    await seed(page, locale, record);

    // The history lists it as overdue (the approval was due before work started), kept in the address.
    await page.getByLabel(tt.history.filter, { exact: true }).selectOption("overdue");
    await expect(page).toHaveURL(/conditions=overdue/);
    const row = page.getByRole("row").filter({ hasText: project });
    await expect(row.locator('[data-col="conditions"]')).toHaveText(
      tt.history.cellOverdue.replace("{open}", "2").replace("{total}", "2"),
    );
    await row.getByRole("link", { name: project }).click();

    const section = page.getByTestId("tracking");
    await expect(section.getByRole("heading", { name: tt.title, level: 2 })).toBeVisible();
    await expect(page.locator("[data-tracking-line]").first()).toContainText(
      tt.progress.replace("{done}", "0").replace("{total}", "2"),
    );
    // Open items first, the overdue approval before the condition.
    await expect(section.locator("[data-item]")).toHaveCount(2);
    await expect(section.locator("[data-item]").first()).toHaveAttribute(
      "data-item",
      "approval:pi_consent_and_impact_assessment",
    );
    await expect(section.locator("[data-item]").first()).toContainText(tt.overdue);

    // The condition is met, with a note.
    const conditionItem = section.locator('[data-item="condition:data_clauses_added"]');
    await conditionItem.getByRole("button", { name: tt.action.met }).click();
    await conditionItem.getByLabel(tt.noteLabel).fill("Clauses 12–15 in the signed contract");
    await conditionItem.getByRole("button", { name: tt.save }).click();
    await expect(conditionItem).toHaveAttribute("data-item-status", "met");
    await expect(conditionItem).toContainText("Clauses 12–15 in the signed contract");

    // Evidence: an image shown as an image, an HTML file only ever offered as a download.
    const approvalItem = section.locator('[data-item="approval:pi_consent_and_impact_assessment"]');
    await approvalItem
      .getByLabel(tt.evidence.addFor.replace("{item}", approval))
      .setInputFiles({ name: "consent-form.png", mimeType: "image/png", buffer: PNG });
    const png = approvalItem.locator('[data-evidence="consent-form.png"]');
    await expect(png).toHaveAttribute("data-evidence-state", "intact");
    await expect(
      png.getByRole("img", { name: tt.evidence.preview.replace("{name}", "consent-form.png") }),
    ).toBeVisible();
    await expect(png).toContainText("image/png");

    await section
      .getByLabel(tt.evidence.addFor.replace("{item}", tt.evidence.assessmentTitle))
      .setInputFiles({
        name: "../notes.html",
        mimeType: "text/html",
        buffer: Buffer.from("<html><script>document.title='owned'</script></html>"),
      });
    const html = section.locator('[data-evidence-for="assessment"] [data-evidence="notes.html"]');
    await expect(html).toHaveAttribute("data-evidence-state", "intact");
    await expect(html).toContainText("application/octet-stream");
    await expect(html.getByRole("img")).toHaveCount(0);
    const saved = await download(page, () =>
      html.getByRole("link", { name: tt.evidence.download.replace("{name}", "notes.html") }).click(),
    );
    expect(saved.name).toBe("notes.html");
    expect(readFileSync(saved.path, "utf8")).toContain("<script>");
    await expect(page.getByTestId("storage-use")).toBeVisible();

    // A waiver needs a reason.
    await approvalItem.getByRole("button", { name: tt.action.waived }).click();
    await approvalItem.getByRole("button", { name: tt.save }).click();
    await expect(approvalItem.getByText(tt.refusal.reason_missing)).toBeVisible();
    await approvalItem.getByLabel(tt.reasonLabel).fill("Consent collected at the stand; counsel accepts");
    await approvalItem.getByRole("button", { name: tt.save }).click();
    await expect(approvalItem).toHaveAttribute("data-item-status", "waived");

    // Every item resolved: the reviewer records the clearance.
    await expectAccessible(page);
    await section.getByLabel(tt.clear.name).fill("Zhang Min");
    await section.getByLabel(tt.clear.role).fill(locale === "zh" ? "法律顾问" : "Legal counsel");
    await section.getByRole("button", { name: tt.clear.submit }).click();
    const role = locale === "zh" ? "法律顾问" : "Legal counsel";
    const today = new Date().toISOString().slice(0, 10);
    const clearedLine = tt.cleared
      .replace("{date}", formatDate(today, locale))
      .replace("{name}", `Zhang Min (${role})`);
    await expect(page.locator('[data-tracking-line="cleared"]').first()).toHaveText(clearedLine);
    await expect(page.locator("[data-decision]")).toHaveAttribute("data-decision", "proceed_with_conditions");
    const trail = page.getByTestId("audit-trail");
    await expect(trail.locator('tr[data-action="item_status_set"]')).toHaveCount(2);
    await expect(trail.locator('tr[data-action="evidence_added"]')).toHaveCount(2);
    await expectAccessible(page);

    // After a reload the files still verify and the clearance still stands.
    await page.reload();
    await expect(page.locator('[data-tracking-line="cleared"]').first()).toHaveText(clearedLine);
    await expect(page.locator('[data-evidence="consent-form.png"]')).toHaveAttribute(
      "data-evidence-state",
      "intact",
    );

    // The history: cleared filter, column, and the CSV register's counts.
    await page.goto(`/${locale}/history/#conditions=cleared`);
    const clearedRow = page.getByRole("row").filter({ hasText: project });
    await expect(clearedRow.locator('[data-col="conditions"]')).toHaveText(tt.history.cellCleared);
    await page.getByLabel(tt.history.filter, { exact: true }).selectOption("open");
    await expect(page.getByRole("row").filter({ hasText: project })).toHaveCount(0);
    await page.getByLabel(tt.history.filter, { exact: true }).selectOption("cleared");
    const csv = await download(page, () => page.getByRole("button", { name: ui.history.register }).click());
    const [header, line] = readFileSync(csv.path, "utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    const cells = (text: string) => [...text.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1]!);
    const byHeader = Object.fromEntries(cells(header!).map((h, i) => [h, cells(line!)[i]]));
    expect(byHeader[tt.history.csvTotal]).toBe("2");
    expect(byHeader[tt.history.csvOpen]).toBe("0");
    expect(byHeader[tt.history.csvOverdue]).toBe(tt.history.no);
    expect(byHeader[tt.history.csvCleared]).toBe(today);
    await expectAccessible(page);
    // The condition's own text is on the summary; nothing of it went anywhere (egress fixture).
    await page.goto(`/${locale}/summary/?id=${record.id}`);
    await expect(page.getByTestId("tracking")).toContainText(condition);
  });
}

test("a tracked state edited in the browser's storage is detected, and nothing more is added", async ({
  page,
}) => {
  const d = driver(page, "en");
  const tt = d.ui.tracking;
  const record = await tradeFair("en");
  await seed(page, "en", record);
  await page.goto(`/en/summary/?id=${record.id}`);
  const item = page.locator('[data-item="condition:data_clauses_added"]');
  await item.getByRole("button", { name: tt.action.met }).click();
  await item.getByRole("button", { name: tt.save }).click();
  await expect(item).toHaveAttribute("data-item-status", "met");

  // Someone turns "met" into "waived" in IndexedDB, without the chain.
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("commission-check");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const store = open.result.transaction("assessments", "readwrite").objectStore("assessments");
          const get = store.get(id);
          get.onsuccess = () => {
            const stored = get.result as Assessment;
            stored.audit!.find((e) => e.action === "item_status_set")!.tracking!.status = "waived";
            const put = store.put(stored);
            put.onsuccess = () => {
              open.result.close();
              resolve();
            };
            put.onerror = () => reject(put.error);
          };
        };
      }),
    record.id,
  );
  await page.reload();
  await expect(page.locator("[data-integrity]")).toHaveAttribute("data-integrity", "chain_mismatch");
  await expect(page.getByTestId("tracking")).toHaveCount(0);
  await expectAccessible(page);
});

for (const locale of ["en", "zh"] as const) {
  test(`a file over 25 MB is refused with its own message; a file's content removed keeps its name and hash (${locale})`, async ({
    page,
  }) => {
    const tt = driver(page, locale).ui.tracking;
    const record = await tradeFair(locale);
    await seed(page, locale, record);
    await page.goto(`/${locale}/summary/?id=${record.id}`);
    const section = page.getByTestId("tracking");
    const add = section.getByLabel(tt.evidence.addFor.replace("{item}", tt.evidence.assessmentTitle));
    const files = section.locator('[data-evidence-for="assessment"]');

    await add.setInputFiles({
      name: "scan.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.alloc(25 * 1024 * 1024 + 1, 0x20),
    });
    await expect(files.getByRole("status")).toHaveText(
      tt.evidence.refusal.file_too_large.replace("{name}", "scan.pdf"),
    );
    await expect(files.locator("[data-evidence]")).toHaveCount(0);

    const text = "Registry extract, 3 March 2026\n";
    await add.setInputFiles({ name: "extract.txt", mimeType: "text/plain", buffer: Buffer.from(text) });
    const file = files.locator('[data-evidence="extract.txt"]');
    await expect(file).toHaveAttribute("data-evidence-state", "intact");
    const prefix = createHash("sha256").update(text).digest("hex").slice(0, 16);
    await expect(file).toContainText(prefix);
    await file
      .getByRole("button", { name: tt.evidence.removeLabel.replace("{name}", "extract.txt") })
      .click();
    await expect(file).toHaveAttribute("data-evidence-state", "removed");
    await expect(file).toContainText(prefix);
    await expect(file.getByRole("link")).toHaveCount(0);
    await expect(page.getByTestId("audit-trail").locator('tr[data-action="evidence_removed"]')).toHaveCount(
      1,
    );
    await expectAccessible(page);
  });
}
