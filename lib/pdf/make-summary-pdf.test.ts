// Renders the summary PDF in Node (pdfkit's Node build, fonts read from public/fonts/) and reads
// it back with pdftotext: a fast check of the document itself; e2e/pdf.spec.ts covers the browser.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

import type { Assessment, AuditEntry } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Locale, Translate } from "@/lib/base/locale";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { railwayBeforeSigning, railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { SCREENED } from "@/test/fixtures/screening/screened";
import type { ScreeningRecord } from "@/lib/screening/record";
import { buildSummaryView } from "@/lib/summary/summary-view";
import { caseAnswers, getExample } from "@/lib/examples/examples";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION } from "@/lib/checklist/registry";
import { deriveTracking, evidenceEntry, statusEntry } from "@/lib/tracking/model";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";
import { createTranslator } from "next-intl";

import { makeSummaryPdf } from "./make-summary-pdf";

const FINGERPRINT = "0123456789abcdef".repeat(4);
const squash = (s: string) => s.replace(/\s+/gu, "");

async function render(
  locale: Locale,
  answers: Answers = railwayBeforeSigning,
  version = "2026.1",
  screening?: ScreeningRecord,
  /** Tracking entries: the PDF then has its "Conditions and approvals" page, as of 2026-12-01. */
  tracked?: AuditEntry[],
) {
  const checklist = getChecklist(version);
  const summary = evaluateRisk(checklist, answers, { date: "2026-11-28" });
  const assessment: Assessment = {
    id: "00000000-0000-4000-8000-000000000000",
    schemaVersion: 1,
    checklistVersion: version,
    status: "completed",
    answers,
    step: "review",
    createdAt: "2026-11-28T09:00:00.000Z",
    updatedAt: "2026-11-28T10:00:00.000Z",
    completedAt: "2026-11-28T10:00:00.000Z",
    summary,
    fingerprint: FINGERPRINT,
    ...(tracked ? { audit: tracked } : {}),
  };
  const messages = locale === "zh" ? zh : en;
  const view = buildSummaryView({
    assessment,
    checklist,
    summary,
    text: createChecklistText(version, locale),
    t: createTranslator({ locale, messages, namespace: "summary" }) as unknown as Translate,
    audit: createAuditText(locale, messages),
    ...(screening
      ? {
          screening: {
            record: screening,
            t: createTranslator({ locale, messages, namespace: "screening" }) as unknown as Translate,
          },
        }
      : {}),
  });
  const { blob, fileName } = await makeSummaryPdf({
    view,
    messages,
    readFont: (file) => readFile(join(process.cwd(), "public/fonts", file)),
    ...(tracked
      ? { tracking: { state: deriveTracking({ ...assessment, summary }, "2026-12-01"), asOf: "2026-12-01" } }
      : {}),
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
    // Flag ids are the code's, not the reader's: the page does not show them, nor does the PDF.
    for (const flag of summary.flags) expect(text, flag.slug).not.toContain(flag.slug);
    // Never screened: no screening section.
    expect(flat).not.toContain(squash(en.screening.record.title));
    expect(
      text
        .split("\f")
        .filter((p) => p.trim())
        .every((p) => p.includes(FINGERPRINT)),
    ).toBe(true);
  }, 60_000);

  it("writes the Chinese PDF in Chinese", async () => {
    const { text, summary } = await render("zh");
    expect(text.replace(/\s+/g, "")).toContain("本工具仅供自查参考，不构成法律意见");
    for (const flag of summary.flags) expect(text, flag.slug).not.toContain(flag.slug);
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

  it("prints what would change the verdict on a 2026.3 assessment, in Chinese punctuation", async () => {
    const { text } = await render("zh", railwayBeforeSigning2026_3, "2026.3");
    const flat = text.replace(/\s+/g, "");
    expect(flat).toContain(zh.summary.changeTitle);
    expect(flat).not.toMatch(/[\u4e00-\u9fff], [\u4e00-\u9fff]/u);
  }, 60_000);

  it("prints the screening record in English: dated lists, outcomes, the confirmed match, the dismissed one with its reason", async () => {
    const { text } = await render("en", railwayBeforeSigning, "2026.1", SCREENED);
    const flat = squash(text);
    for (const line of [
      "Restricted-party screening",
      "Foreign sanctions lists (A5): Confirmed match in Sample restricted list (as of 2026-11-01)",
      "China's lists (A4): No match in Sample entity list (as of 2026-10-15)",
      "1,250 entities",
      `SHA-256 ${"c0".repeat(8)}…`,
      "Parent company: Northfield Holdings — no possible match",
      "End client: Harbour Light Consulting → Harbour Light Consulting LLC",
      "Confirmed match",
      "Matched name Harbor Light Consulting Pte (alias)",
      "Score 97%",
      "Matching words harbour ↔ harbor, light, consulting",
      "Client: Brightwave Analytics GmbH → Brightwave Analytics Ltd.",
      "Dismissed — Reason: Different company: UK registry number 0999 differs",
    ])
      expect(flat.includes(squash(line)), line).toBe(true);
  }, 60_000);

  it("prints the screening record in Chinese, with Chinese punctuation", async () => {
    const { text } = await render("zh", railwayBeforeSigning, "2026.1", SCREENED);
    const flat = squash(text);
    for (const line of [
      "限制性名单筛查",
      "境外制裁名单（A5）：在Sample restricted list（截至2026-11-01）中确认匹配",
      "中国名单（A4）：在Sample entity list（截至2026-10-15）中没有匹配",
      "母公司：Northfield Holdings——没有可能的匹配",
      "最终客户：Harbour Light Consulting → Harbour Light Consulting LLC",
      "已确认匹配",
      "Harbor Light Consulting Pte（别名）",
      "SG、MY",
      "已排除——理由：Different company: UK registry number 0999 differs",
    ])
      expect(flat.includes(squash(line)), line).toBe(true);
  }, 60_000);

  describe("the 'Conditions and approvals' page", () => {
    const example = getExample("trade-fair")!;
    const { answers } = migrateAnswersToCurrent(example.answeredOn, caseAnswers(example, "en"));
    const letter = {
      id: "11111111-1111-4111-8111-111111111111",
      sha256: "ab".repeat(32),
      name: "PIA letter.pdf",
      size: 2048,
      type: "application/pdf" as const,
    };
    const trail: AuditEntry[] = [
      { at: "2026-11-28T10:00:00.000Z", action: "completed", by: "Li Wei" },
      statusEntry(
        {
          item: "condition:data_clauses_added",
          status: "met",
          by: "Li Lei",
          date: "2026-11-30",
          note: "Clauses signed",
        },
        "2026-11-30T08:00:00.000Z",
      ),
      evidenceEntry(
        "evidence_added",
        "approval:pi_consent_and_impact_assessment",
        letter,
        "Li Lei",
        "2026-11-30T09:00:00.000Z",
      ),
    ];

    it("follows the verdict pages, in English: status, date, person, note, files with their SHA-256 prefix", async () => {
      const plain = await render("en", answers, CURRENT_CHECKLIST_VERSION);
      const { text } = await render("en", answers, CURRENT_CHECKLIST_VERSION, undefined, trail);
      const pages = text.split("\f").filter((p) => p.trim());
      // The verdict pages are the same pages; the tracked state is one more, at the end.
      expect(pages.length).toBe(plain.text.split("\f").filter((p) => p.trim()).length + 1);
      expect(squash(plain.text)).not.toContain(squash("Status as of"));
      const last = squash(pages.at(-1)!);
      for (const line of [
        "Conditions and approvals",
        "Status as of 2026-12-01",
        "1 of 2 conditions and approvals met or waived",
        "Met on 2026-11-30, recorded by Li Lei",
        "Note: Clauses signed",
        "Open",
        `PIA letter.pdf · SHA-256 ${"ab".repeat(8)}…`,
      ])
        expect(last.includes(squash(line)), line).toBe(true);
    }, 60_000);

    it("is in Chinese in the Chinese PDF", async () => {
      const { text } = await render("zh", answers, CURRENT_CHECKLIST_VERSION, undefined, trail);
      const last = squash(
        text
          .split("\f")
          .filter((p) => p.trim())
          .at(-1)!,
      );
      for (const line of [
        zh.tracking.title,
        "截至 2026-12-01 的状态",
        "于2026-11-30落实，记录人：Li Lei",
        "备注：Clauses signed",
        `PIA letter.pdf · SHA-256 ${"ab".repeat(8)}…`,
      ])
        expect(last.includes(squash(line)), line).toBe(true);
    }, 60_000);
  });
});
