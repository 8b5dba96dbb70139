import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Question } from "@/lib/checklist/types";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";

import { createChecklistText } from "./checklist-text-sync";

const checklist = getChecklist("2026.1");
const question = (id: string) =>
  checklist.sections.flatMap((s) => s.questions).find((q) => q.id === id) as Question;

describe("checklist texts", () => {
  it("write answers as a reader sees them, in each language", () => {
    const en = createChecklistText("2026.1", "en");
    const zh = createChecklistText("2026.1", "zh");
    expect(en.answer(question("client_country"), "DE")).toBe("Germany (DE)");
    expect(zh.answer(question("client_country"), "DE")).toBe("德国（DE）");
    expect(en.answer(question("client_country"), "unknown")).toBe(en.t("answers.unknown"));
    expect(en.answer(question("project_name"), undefined)).toBeUndefined();
    expect(en.answer(question("contract_value"), 1250000)).toMatch(/^1,250,000 /);
  });

  it("name the flags behind the verdict in the one-sentence reason", () => {
    const summary = evaluateRisk(checklist, railwayBeforeSigning, { date: "2026-11-28" });
    for (const locale of ["en", "zh"] as const) {
      const text = createChecklistText("2026.1", locale);
      const reason = text.ruleReason(summary.reason.rule, summary.reason.flags);
      for (const slug of summary.reason.flags) expect(reason).toContain(text.flag(slug).title);
    }
  });

  it("cite legal bases in the reader's language", () => {
    const flag = checklist.flags.find((f) => f.id === "raw_data_offshore")!;
    expect(createChecklistText("2026.1", "zh").basis(flag.basis)).toContain("《数据安全法》第三十一条");
    expect(createChecklistText("2026.1", "en").basis(flag.basis)).toContain("Data Security Law, Art. 31");
  });
});
