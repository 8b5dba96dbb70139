// Assessments for the benchmarks, made with the app's own code (engine, fingerprint, export
// format) and imported through the history page's own form, as a user would bring them in.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { expect, type Page } from "@playwright/test";

import type { Assessment } from "@/lib/assessment/assessment";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { newDraft } from "@/lib/storage/assessments";
import { serialiseExport } from "@/lib/storage/exchange";

/** `completed` completed assessments (railway and benign in turn), then `drafts` drafts. */
export async function benchRecords(completed: number, drafts = 0): Promise<Assessment[]> {
  const checklist = getChecklist(CURRENT_CHECKLIST_VERSION);
  const bases = [railwayBeforeSigning2026_3, benignTranslation2026_3];
  // Import re-derives each verdict on its completion date, so the summary is the engine's for
  // that date (the names below do not enter the engine); one evaluation per case and day.
  const summaries = new Map<string, Assessment["summary"]>();
  const summaryOf = (n: number, date: string) => {
    const key = `${n}:${date}`;
    if (!summaries.has(key)) summaries.set(key, evaluateRisk(checklist, bases[n]!, { date }));
    return summaries.get(key);
  };
  const records: Assessment[] = [];
  for (let i = 0; i < completed; i++) {
    const completedAt = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
    const base = { answers: bases[i % 2]!, summary: summaryOf(i % 2, completedAt.slice(0, 10)) };
    const a: Assessment = {
      ...newDraft(CURRENT_CHECKLIST_VERSION, "basics", new Date(completedAt)),
      answers: { ...base.answers, project_name: `Project ${i}`, client_name: `Client ${i % 137}` },
      status: "completed",
      step: "review",
      completedAt,
      updatedAt: completedAt,
      summary: base.summary,
      audit: [{ at: completedAt, action: "completed", by: "Bench" }],
    };
    records.push({ ...a, fingerprint: await fingerprint(a) });
  }
  for (let i = 0; i < drafts; i++) {
    const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000);
    const draft = newDraft(CURRENT_CHECKLIST_VERSION, "basics", at);
    records.push({ ...draft, answers: { project_name: `Draft ${i}`, client_name: `Client ${i % 89}` } });
  }
  return records;
}

/** Writes the records as an export file; returns its path and size. */
export async function exportFile(records: readonly Assessment[]): Promise<{ path: string; bytes: number }> {
  const text = await serialiseExport([...records]);
  const path = join(await mkdtemp(join(tmpdir(), "cc-bench-")), "bench.json");
  await writeFile(path, text);
  return { path, bytes: Buffer.byteLength(text) };
}

/** Imports an export file through the history page's form and waits until it is done. */
export async function importThroughTheApp(page: Page, path: string, count: number): Promise<void> {
  await page.goto("/en/history/");
  await page.getByLabel("Export file").setInputFiles(path);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByTestId("import-status")).toContainText(`Imported ${count.toLocaleString("en")}`, {
    timeout: 600_000,
  });
}
