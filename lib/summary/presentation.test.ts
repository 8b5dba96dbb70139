import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import { LOCALES, type Translate } from "@/lib/base/locale";
import { getChecklist } from "@/lib/checklist/registry";
import { registerCsv } from "@/lib/history/register-csv";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";
import { historyRowOf } from "@/lib/storage/history-row";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { registerColumns, registerLines } from "./register";
import { buildSummaryView } from "./summary-view";

const checklist = getChecklist("2026.1");
const MESSAGES = { en, zh };
const answers = { ...railwayBeforeSigning, client_country: "DE", assessor_role: "Project manager" };
const assessment: Assessment = {
  id: "00000000-0000-4000-8000-000000000000",
  schemaVersion: 1,
  checklistVersion: "2026.1",
  status: "draft",
  answers,
  step: "review",
  createdAt: "2026-11-28T09:00:00.000Z",
  updatedAt: "2026-11-28T10:00:00.000Z",
};

describe.each(LOCALES)("the compliance register (%s)", (locale) => {
  const text = createChecklistText("2026.1", locale);
  const ts = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: "summary",
  }) as unknown as Translate;
  const th = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: "history",
  }) as unknown as Translate;
  const tt = createTranslator({
    locale,
    messages: MESSAGES[locale],
    namespace: "tracking.history",
  }) as unknown as Translate;
  const columns = registerColumns(th, ts, text, tt);
  const cell = (line: Parameters<(typeof columns)[number]["value"]>[0], header: string) =>
    columns.find((c) => c.header === header)!.value(line);

  it("words the client, the assessor and the project as the summary's facts do", () => {
    const view = buildSummaryView({
      assessment,
      checklist,
      summary: evaluateRisk(checklist, answers, { date: "2026-11-28" }),
      text,
      t: ts,
      audit: createAuditText(locale, MESSAGES[locale]),
    });
    const fact = (id: string) => view.facts.find((f) => f.id === id)!.value;
    const [line] = registerLines([historyRowOf(assessment)], [answers], locale);
    expect(cell(line!, th("col.client"))).toBe(fact("client"));
    expect(cell(line!, th("col.assessor"))).toBe(fact("assessor"));
    expect(cell(line!, th("col.project"))).toBe(fact("project"));
    expect(cell(line!, th("col.endClient"))).toBe(fact("endClient"));
    // The client's country and the assessor's role are in it, as on the summary.
    expect(fact("client")).toMatch(/[(（]DE[)）]$/);
    expect(fact("assessor")).toContain("Project manager");
  });

  it("says 'not answered' as the summary does, and falls back to the row where answers are unreadable", () => {
    const row = historyRowOf({ ...assessment, answers: { client_name: "Acme" } });
    const [fromAnswers, fromRow] = registerLines([row, row], [{ client_name: "Acme" }, undefined], locale);
    expect(cell(fromAnswers!, th("col.assessor"))).toBe(ts("notAnswered"));
    expect(cell(fromRow!, th("col.assessor"))).toBe(ts("notAnswered"));
    expect(cell(fromRow!, th("col.client"))).toBe("Acme");
    const csv = registerCsv([fromAnswers!], columns);
    expect(csv.split("\r\n")[1]).toContain(`"Acme"`);
  });
});

describe("a worked example's view", () => {
  it("reads as an example in its status fact and project, worded by the view itself", () => {
    const text = createChecklistText("2026.1", "en");
    const view = buildSummaryView({
      assessment,
      checklist,
      summary: evaluateRisk(checklist, answers, { date: "2026-11-28" }),
      text,
      t: createTranslator({ locale: "en", messages: en, namespace: "summary" }) as unknown as Translate,
      audit: createAuditText("en", en),
      example: { status: en.examples.noticeTitle, projectNote: en.examples.projectNote },
    });
    expect(view.isExample).toBe(true);
    expect(view.facts.find((f) => f.id === "status")!.value).toBe(en.examples.noticeTitle);
    expect(view.project).toBe(`${answers.project_name as string} (${en.examples.projectNote})`);
  });
});
