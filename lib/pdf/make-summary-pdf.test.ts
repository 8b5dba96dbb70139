// Renders the summary PDF in Node (pdfkit's Node build, fonts read from public/fonts/) and reads
// it back with pdftotext: a fast check of the document itself; e2e/pdf.spec.ts covers the browser.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { createChecklistText } from "@/lib/i18n/checklist-text";
import type { Locale } from "@/lib/i18n/locale";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { railwayBeforeSigning } from "@/lib/risk/fixtures/railway";
import type { Translate } from "@/lib/i18n/locale";
import { buildSummaryView } from "@/lib/summary/summary-view";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { createTranslator } from "next-intl";

import { makeSummaryPdf } from "./make-summary-pdf";

const checklist = getChecklist("2026.1");
const FINGERPRINT = "0123456789abcdef".repeat(4);

async function render(locale: Locale, answers: Answers = railwayBeforeSigning) {
  const summary = evaluateRisk(checklist, answers, { date: "2026-11-28" });
  const assessment: Assessment = {
    id: "00000000-0000-4000-8000-000000000000",
    schemaVersion: 1,
    checklistVersion: "2026.1",
    status: "completed",
    answers,
    step: "review",
    createdAt: "2026-11-28T09:00:00.000Z",
    updatedAt: "2026-11-28T10:00:00.000Z",
    completedAt: "2026-11-28T10:00:00.000Z",
    summary,
    fingerprint: FINGERPRINT,
  };
  const messages = locale === "zh" ? zh : en;
  const view = buildSummaryView({
    assessment,
    checklist,
    summary,
    text: createChecklistText("2026.1", locale),
    t: createTranslator({ locale, messages, namespace: "summary" }) as unknown as Translate,
    audit: createAuditText(locale, messages),
  });
  const { blob, fileName } = await makeSummaryPdf({
    view,
    messages,
    readFont: (file) => readFile(join(process.cwd(), "public/fonts", file)),
  });
  const path = join(mkdtempSync(join(tmpdir(), "cc-pdf-unit-")), fileName);
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  const text = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" });
  return { path, fileName, text, size: blob.size, summary };
}

describe("makeSummaryPdf", () => {
  it("puts the verdict, the flags and the fingerprint of the railway case into an English PDF", async () => {
    const { text, fileName, summary } = await render("en");
    const words = createChecklistText("2026.1", "en");
    const flat = text.replace(/\s+/g, "");
    expect(fileName).toBe("commission-check-China-railway-network-research-2026-11-28.pdf");
    expect(flat).toContain(words.decision("decline").replace(/\s+/g, ""));
    for (const flag of summary.flags) expect(flat).toContain(words.flag(flag.slug).title.replace(/\s+/g, ""));
    expect(
      text
        .split("\f")
        .filter((p) => p.trim())
        .every((p) => p.includes(FINGERPRINT)),
    ).toBe(true);
  }, 60_000);

  it("writes the Chinese PDF in Chinese", async () => {
    const { text } = await render("zh");
    expect(text.replace(/\s+/g, "")).toContain("本工具仅供自查参考，不构成法律意见");
  }, 60_000);

  it("breaks a 10,000-character description across pages without losing a character", async () => {
    const long = Array.from({ length: 10_000 }, (_, i) => "abcdefghij铁路数据 "[i % 15]).join("");
    const { text } = await render("en", { ...railwayBeforeSigning, project_description: long });
    const pages = text.split("\f");
    const chunks = long.replace(/\s+/g, "").match(/.{1,200}/gu)!;
    const flat = pages.map((page) => page.replace(/\s+/g, ""));
    expect(flat.filter((page) => chunks.some((chunk) => page.includes(chunk))).length).toBeGreaterThan(1);
    const body = pages
      .map((page) =>
        page
          .split("\n")
          .filter((line) => !line.includes(FINGERPRINT) && !/^Page \d+ of \d+$/.test(line))
          .join(""),
      )
      .join("")
      .replace(/\s+/g, "");
    expect(body).toContain(long.replace(/\s+/g, ""));
  }, 60_000);
});
