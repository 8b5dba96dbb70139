// A PDF downloaded the way a person does it, read back with poppler's pdftotext.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { expect, type Page } from "@playwright/test";

/** Clicks the summary's download button; returns the saved file once progress says it is done. */
export async function downloadPdf(page: Page, label: string) {
  const downloadEvent = page.waitForEvent("download");
  await page.getByRole("button", { name: label, exact: true }).click();
  const download = await downloadEvent;
  const path = join(mkdtempSync(join(tmpdir(), "cc-pdf-")), download.suggestedFilename());
  await download.saveAs(path);
  await expect(page.locator("[data-pdf-status]")).toHaveAttribute("data-pdf-status", "done");
  return { path, fileName: download.suggestedFilename() };
}

/** The document's text, as pdftotext extracts it (pages separated by form feeds). */
export const pdfText = (path: string) =>
  execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });

/** Text with all whitespace removed, so that text wrapped across lines and pages compares as one. */
export const squash = (s: string) => s.replace(/\s+/gu, "");
