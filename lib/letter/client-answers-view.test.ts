import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import { createAuditText } from "@/lib/assessment/audit-text";
import { getChecklist } from "@/lib/checklist/registry";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Translate } from "@/lib/base/locale";
import { makeSummaryPdf } from "@/lib/pdf/make-summary-pdf";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";
import { newDraft } from "@/lib/storage/assessments";
import { buildSummaryView } from "@/lib/summary/summary-view";
import en from "@/messages/en.json";

import { recordReplies } from "@/lib/assessment/answer-sources";
import { clientAnswerItems, withClientAnswerNotes } from "./client-answers-view";

const checklist = getChecklist("2026.1");
const text = createChecklistText("2026.1", "en");
// The railway case as a draft whose end client was "don't know", until the client's letter named it vaguely.
const recorded = recordReplies(
  { answers: { ...railwayBeforeSigning, end_client_disclosure: "unknown" } },
  { end_client_disclosure: "named_vaguely" },
  "2026-11-20",
);
const assessment = { ...newDraft("2026.1", "basics"), ...recorded };
const summary = evaluateRisk(checklist, assessment.answers, { date: "2026-11-28" });
const view = buildSummaryView({
  assessment,
  checklist,
  summary,
  text,
  t: createTranslator({ locale: "en", messages: en, namespace: "summary" }) as unknown as Translate,
  audit: createAuditText("en", en),
});
const items = clientAnswerItems(
  assessment,
  checklist,
  text,
  (date) => `per client's letter of ${date}`,
  "not answered",
);
const NOTE = "(per client's letter of 20 November 2026)";

describe("the summary view with the client's answers noted", () => {
  const noted = withClientAnswerNotes(view, items);

  it("notes the answer wherever the view shows it: the flag's 'what was answered' and the appendix", () => {
    const flag = noted.flagGroups.flatMap((g) => g.flags).find((f) => f.id === "end_client_undisclosed");
    expect(flag?.answered.find((a) => a.question === "end_client_disclosure")?.answer).toMatch(
      new RegExp(`${NOTE.replace(/[()]/g, "\\$&")}$`),
    );
    const row = noted.answersBySection
      .flatMap((s) => s.rows)
      .find((r) => r.question === "end_client_disclosure");
    expect(row?.answer.endsWith(NOTE)).toBe(true);
    const others = noted.answersBySection
      .flatMap((s) => s.rows)
      .filter((r) => r.answer.includes("letter of"));
    expect(others.map((r) => r.question)).toEqual(["end_client_disclosure"]);
  });

  it("leaves a view without client answers as it is", () => {
    expect(withClientAnswerNotes(view, [])).toBe(view);
  });

  it("reaches the PDF", async () => {
    const { blob } = await makeSummaryPdf({
      view: noted,
      messages: en,
      readFont: (file) => readFile(join(process.cwd(), "public/fonts", file)),
    });
    const path = join(mkdtempSync(join(tmpdir(), "cc-client-notes-")), "summary.pdf");
    writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
    const pdf = execFileSync("pdftotext", ["-enc", "UTF-8", path, "-"], { encoding: "utf8" }).replace(
      /\s+/g,
      "",
    );
    expect(pdf).toContain(NOTE.replace(/\s+/g, ""));
  }, 60_000);
});
