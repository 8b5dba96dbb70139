// Issue 28 item 7: an assessment's evidence files travel in its export (one archive). Exported in
// one browser, imported in another with every file's SHA-256 checked and each file downloadable
// there; a swapped file or an edited status in the export is refused with nothing written. Both
// languages, with the pages under the service worker (export and import run in workers).
import { readFileSync } from "node:fs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Browser, Page } from "@playwright/test";

import type { Assessment } from "@/lib/assessment/assessment";
import type { Locale } from "@/lib/base/locale";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { caseAnswers, getExample } from "@/lib/examples/examples";
// The package's CommonJS build: Playwright loads specs as CommonJS (the app uses its core build).
import {
  BlobReader,
  BlobWriter,
  configure,
  TextReader,
  Uint8ArrayReader,
  Uint8ArrayWriter,
  ZipReader,
  ZipWriter,
} from "@zip.js/zip.js";

import { driver } from "./checklist-driver";
import { exportText, importThroughUi, sealedAssessment } from "./exchange-files";
import { expect, expectAccessible, openUnderServiceWorker, test } from "./fixtures";

test.describe.configure({ timeout: 180_000 });
// Export and import run in workers: the pages are controlled by the service worker, as after a first visit.
test.use({ serviceWorkers: "allow" });

// Two PDFs of one length, so that swapping them keeps every declared size.
const LETTER = Buffer.from(`%PDF-1.7\nApproval letter, survey of 2026-11 ${"L".repeat(400)}`);
const EXTRACT = Buffer.from(`%PDF-1.7\nRegistry extract, Acme Fairs Ltd ${"E".repeat(407)}`);

async function download(page: Page, click: () => Promise<void>) {
  const event = page.waitForEvent("download");
  await click();
  const file = await event;
  const path = join(mkdtempSync(join(tmpdir(), "cc-evidence-e2e-")), file.suggestedFilename());
  await file.saveAs(path);
  return { path, name: file.suggestedFilename() };
}

/** Another browser: a context of its own, cut off from other origins. */
async function anotherBrowser(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL, serviceWorkers: "allow" });
  const origin = new URL(baseURL).origin;
  await context.route(
    (url) => url.protocol.startsWith("http") && url.origin !== origin,
    (route) => route.abort("blockedbyclient"),
  );
  return context;
}

async function importArchive(page: Page, bytes: Buffer, name: string) {
  await page
    .getByLabel(/^(Export file|导出文件)$/)
    .setInputFiles({ name, mimeType: "application/zip", buffer: bytes });
  await page.getByRole("button", { name: /^(Import|导入)$/ }).click();
}

configure({ useWebWorkers: false });

/** The archive rebuilt with its JSON and entries changed by `edit`, as a forger would. */
async function rebuilt(
  path: string,
  edit: (json: string, entries: Map<string, Uint8Array>) => string,
): Promise<Buffer> {
  const [first, ...rest] = await new ZipReader(new BlobReader(new Blob([readFileSync(path)]))).getEntries();
  if (!first || first.directory || first.filename !== "commission-check.json")
    throw new Error("not an export");
  const json = new TextDecoder().decode(await first.getData(new Uint8ArrayWriter()));
  const entries = new Map<string, Uint8Array>();
  for (const entry of rest)
    if (!entry.directory) entries.set(entry.filename, await entry.getData(new Uint8ArrayWriter()));
  const changed = edit(json, entries);
  const writer = new ZipWriter(new BlobWriter("application/zip"));
  await writer.add("commission-check.json", new TextReader(changed));
  for (const [name, bytes] of entries) await writer.add(name, new Uint8ArrayReader(bytes), { level: 0 });
  return Buffer.from(await (await writer.close()).arrayBuffer());
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)(?:, number)?\}/g, (all, key: string) => values[key] ?? all);

async function tradeFair(locale: Locale): Promise<Assessment> {
  const example = getExample("trade-fair")!;
  const { answers } = migrateAnswersToCurrent(example.answeredOn, caseAnswers(example, locale));
  return sealedAssessment(answers);
}

for (const locale of ["en", "zh"] as const) {
  test(`an assessment's evidence travels in its export and is checked on import (${locale})`, async ({
    page,
    browser,
    baseURL,
  }) => {
    const d = driver(page, locale);
    const ui = d.ui;
    const tt = ui.tracking;
    const record = await tradeFair(locale);
    const project = String(record.answers.project_name);

    // This browser: the assessment, a condition met, a file on each item.
    await openUnderServiceWorker(page, `/${locale}/history/`);
    await importThroughUi(page, await exportText([record]));
    await expect(page.getByTestId("import-status")).toContainText(/Imported|已导入/);
    await page.goto(`/${locale}/summary/?id=${record.id}`);
    const section = page.getByTestId("tracking");
    const condition = section.locator('[data-item="condition:data_clauses_added"]');
    const approval = section.locator('[data-item="approval:pi_consent_and_impact_assessment"]');
    await condition.getByRole("button", { name: tt.action.met }).click();
    await condition.getByRole("button", { name: tt.save }).click();
    await expect(condition).toHaveAttribute("data-item-status", "met");
    await approval
      .getByLabel(fill(tt.evidence.addFor, { item: d.text.approval("pi_consent_and_impact_assessment") }))
      .setInputFiles({ name: "approval letter.pdf", mimeType: "application/pdf", buffer: LETTER });
    // As a person would: the first file is on record before the second is chosen.
    await expect(section.locator('[data-evidence="approval letter.pdf"]')).toBeVisible();
    await condition
      .getByLabel(fill(tt.evidence.addFor, { item: d.text.control("data_clauses_added").condition }))
      .setInputFiles({ name: "registry extract.pdf", mimeType: "application/pdf", buffer: EXTRACT });
    for (const name of ["approval letter.pdf", "registry extract.pdf"])
      await expect(section.locator(`[data-evidence="${name}"]`)).toHaveAttribute(
        "data-evidence-state",
        "intact",
      );

    // The export is one archive.
    await page.goto(`/${locale}/history/`);
    const exported = await download(page, () =>
      page.getByRole("button", { name: fill(ui.exchange.exportShown, { count: "1" }) }).click(),
    );
    expect(exported.name).toMatch(/\.zip$/);

    const context = await anotherBrowser(browser, baseURL!);
    const other = await context.newPage();
    await openUnderServiceWorker(other, `/${locale}/history/`);
    const status = other.getByTestId("import-status");
    const refusal = other.getByTestId("import-error");
    const at = { index: "1", id: record.id };

    // A swapped file: refused, naming it; nothing written.
    const swapped = await rebuilt(exported.path, (json, entries) => {
      const [a, b] = [...entries.keys()] as [string, string];
      const first = entries.get(a)!;
      entries.set(a, entries.get(b)!);
      entries.set(b, first);
      return json;
    });
    await importArchive(other, swapped, "swapped.zip");
    await expect(refusal).toContainText(ui.exchange.nothingChanged);
    // The first file of the trail is the first checked.
    await expect(refusal).toContainText(
      fill(ui.exchange.errors.evidence_altered, { ...at, problem: "approval letter.pdf" }),
    );
    await expect(other.getByRole("row").filter({ hasText: project })).toHaveCount(0);

    // A status edited in the archive's JSON: the chain says so.
    const edited = await rebuilt(exported.path, (json) =>
      json.replace('"status":"met"', '"status":"waived"'),
    );
    await importArchive(other, edited, "edited.zip");
    await expect(refusal).toContainText(fill(ui.integrity.importErrors.chain_mismatch, at));
    await expectAccessible(other);
    await expect(other.getByRole("row").filter({ hasText: project })).toHaveCount(0);

    // The archive as exported: imported, every file verified and downloadable here.
    await importArchive(other, readFileSync(exported.path), exported.name);
    await expect(status).toContainText(/Imported 1 assessment|已导入 1 项/);
    await other.goto(`/${locale}/summary/?id=${record.id}`);
    const there = other.getByTestId("tracking");
    await expect(there.locator('[data-item="condition:data_clauses_added"]')).toHaveAttribute(
      "data-item-status",
      "met",
    );
    const letter = there.locator('[data-evidence="approval letter.pdf"]');
    await expect(letter).toHaveAttribute("data-evidence-state", "intact");
    await expect(there.locator('[data-evidence="registry extract.pdf"]')).toHaveAttribute(
      "data-evidence-state",
      "intact",
    );
    const saved = await download(other, () =>
      letter.getByRole("link", { name: fill(tt.evidence.download, { name: "approval letter.pdf" }) }).click(),
    );
    expect(readFileSync(saved.path).equals(LETTER)).toBe(true);
    await context.close();
  });
}
