import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Locale } from "@/lib/base/locale";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { RAILWAY_FLAGS_BEFORE_SIGNING, railwayBeforeSigning } from "@/test/fixtures/risk/railway";
import { SCREENED } from "@/test/fixtures/screening/screened";
import type { ScreeningRecord } from "@/lib/screening/record";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import type { Translate } from "@/lib/base/locale";
import { buildSummaryView } from "./summary-view";

const checklist = getChecklist("2026.1");

function viewOf(
  locale: Locale,
  answers: Answers = railwayBeforeSigning,
  extra: Partial<Assessment> = {},
  screening?: ScreeningRecord,
) {
  const summary = evaluateRisk(checklist, answers, { date: "2026-11-28" });
  const messages = locale === "zh" ? zh : en;
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
    fingerprint: "ab".repeat(32),
    audit: [{ at: "2026-11-28T10:00:00.000Z", action: "completed", by: "Chen Jing" }],
    signOffs: [
      {
        decision: "rejected",
        name: "Zhang Min",
        role: "Legal",
        comment: "No.",
        at: "2026-11-29T10:00:00.000Z",
      },
    ],
    ...extra,
  };
  return buildSummaryView({
    assessment,
    checklist,
    summary,
    text: createChecklistText("2026.1", locale),
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
}

describe("the summary view model", () => {
  it("gives the verdict of the railway case with its reason in words", () => {
    const view = viewOf("en");
    expect(view.verdict).toMatchObject({ level: "critical", decision: "decline", rule: "railway_pattern" });
    expect(view.verdict.levelLabel).toBe("Critical");
    const title = (slug: string) => view.flagGroups.flatMap((g) => g.flags).find((f) => f.id === slug)!.title;
    expect(view.verdict.reason).toContain(title("cii_operational_data"));
    expect(view.verdict.reason).toContain(title("client_specified_equipment"));
    expect(view.reporting?.reasons.length).toBeGreaterThan(0);
  });

  it("groups every raised flag by residual severity, worst first, with its count", () => {
    const view = viewOf("en");
    const order = ["prohibitive", "high", "elevated", "informational"];
    const severities = view.flagGroups.map((g) => g.severity);
    expect(severities).toEqual([...severities].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    for (const group of view.flagGroups) expect(group.count).toBe(` (${group.flags.length})`);
    const slugs = view.flagGroups.flatMap((g) => g.flags.map((f) => f.id));
    expect(slugs).toEqual(expect.arrayContaining([...RAILWAY_FLAGS_BEFORE_SIGNING]));
  });

  it("says what was answered for each flag, in the question's words", () => {
    const flag = viewOf("en")
      .flagGroups.flatMap((g) => g.flags)
      .find((f) => f.id === "client_specified_equipment")!;
    expect(flag.answered).toEqual([
      expect.objectContaining({ question: "equipment_source", answered: true }),
    ]);
    expect(flag.answered[0]!.label).toMatch(/[?:] $/);
    expect(flag.basis).not.toBe("None");
  });

  it("lists the named combination rules but not the base rule", () => {
    const view = viewOf("en");
    expect(view.rules.map((r) => r.id)).toContain("railway_pattern");
    expect(view.rules.map((r) => r.id)).not.toContain("base_severity");
  });

  it("puts key unknowns first and leaves the engagement basics out of the section picture", () => {
    const view = viewOf("en");
    const keys = view.unknowns.items.map((u) => u.key);
    expect(keys).toEqual([...keys].sort((a, b) => Number(b) - Number(a)));
    expect(view.unknowns.effect).toBeTruthy();
    expect(view.sections.rows.map((r) => r.id)).not.toContain("basics");
    for (const row of view.sections.rows) expect(row.total).toBe(row.parts.reduce((n, p) => n + p.count, 0));
  });

  it("words the engagement facts in one order, with the language's punctuation", () => {
    const answers = {
      ...railwayBeforeSigning,
      client_name: "Klingenhaus GmbH",
      client_country: "DE",
      assessor_name: "陈静",
      assessor_role: "项目经理",
    };
    const zhFacts = Object.fromEntries(viewOf("zh", answers).facts.map((f) => [f.id, f.value]));
    expect(zhFacts.client).toBe("Klingenhaus GmbH，德国（DE）");
    expect(zhFacts.assessor).toBe("陈静（项目经理）");
    const enFacts = viewOf("en", answers).facts;
    expect(enFacts.map((f) => f.id)).toEqual([
      "company",
      "client",
      "endClient",
      "project",
      "assessor",
      "date",
      "completedAt",
      "status",
      "checklistVersion",
      "fingerprint",
      "completenessLabel",
    ]);
    expect(enFacts.find((f) => f.id === "client")!.value).toBe("Klingenhaus GmbH, Germany (DE)");
    expect(enFacts.find((f) => f.id === "assessor")!.value).toBe("陈静 (项目经理)");
  });

  it("never prints an unknown country as a bare “don't know” after the client", () => {
    const facts = viewOf("en").facts;
    expect(facts.find((f) => f.id === "client")!.value).toBe(railwayBeforeSigning.client_name);
  });

  it("uses the form's names for the engagement facts", () => {
    const zhFacts = Object.fromEntries(viewOf("zh").facts.map((f) => [f.id, f.label]));
    const text = createChecklistText("2026.1", "zh");
    const label = (id: string) =>
      text.questionLabel(checklist.sections[0]!.questions.find((q) => q.id === id)!);
    expect(zhFacts.company).toBe(label("your_company").replace("名称", ""));
    expect(zhFacts.endClient).toBe(label("end_client_declared"));
    expect(zhFacts.assessor).toBe(label("assessor_name"));
  });

  it("leaves out the completion time and fingerprint of a draft", () => {
    const ids = viewOf("en", railwayBeforeSigning, {
      status: "draft",
      completedAt: undefined,
      fingerprint: undefined,
    }).facts.map((f) => f.id);
    expect(ids).not.toContain("completedAt");
    expect(ids).not.toContain("fingerprint");
  });

  it("lists every applicable question with its answer by section, and the audit trail in words", () => {
    const view = viewOf("zh");
    const rows = view.answersBySection.flatMap((s) => s.rows);
    expect(rows.find((r) => r.question === "project_name")?.answer).toBe(railwayBeforeSigning.project_name);
    expect(rows.find((r) => r.question === "project_description")?.long).toBe(true);
    expect(view.audit).toEqual([expect.objectContaining({ action: "completed", who: "Chen Jing" })]);
    expect(view.signOffs[0]!.signer).toContain("Zhang Min（Legal）");
  });

  it("words the screening record: outcome per list question, dated lists, names, matches and decisions", () => {
    expect(viewOf("en").screening).toBeUndefined();
    const en = viewOf("en", railwayBeforeSigning, {}, SCREENED).screening!;
    expect(en.title).toBe("Restricted-party screening");
    expect(en.screenedAt).toMatch(/^Screened on .*2026/);
    expect(en.outcomes).toEqual([
      {
        scope: "china",
        outcome: "no_match",
        question: "China's lists (A4): ",
        text: "No match in Sample entity list (as of 2026-10-15)",
      },
      {
        scope: "foreign",
        outcome: "confirmed",
        question: "Foreign sanctions lists (A5): ",
        text: "Confirmed match in Sample restricted list (as of 2026-11-01)",
      },
    ]);
    expect(en.lists.map((l) => [l.dated, l.scope, l.entities, l.sha256])).toEqual([
      [
        "Sample restricted list (as of 2026-11-01)",
        "Foreign sanctions lists (A5)",
        "4 entities",
        `SHA-256 ${"3f".repeat(8)}…`,
      ],
      [
        "Sample entity list (as of 2026-10-15)",
        "China's lists (A4)",
        "1,250 entities",
        `SHA-256 ${"c0".repeat(8)}…`,
      ],
    ]);
    expect(en.names.map((n) => `${n.label}${n.name}${n.note ?? ""}`)).toEqual([
      "Client: Brightwave Analytics GmbH",
      "End client: Harbour Light Consulting",
      "Parent company: Northfield Holdings — no possible match",
    ]);
    const [dismissed, confirmed] = en.hits;
    expect(dismissed).toMatchObject({
      decision: "dismissed",
      heading: "Client: Brightwave Analytics GmbH → Brightwave Analytics Ltd.",
      decisionLabel: "Dismissed",
      reason: " — Reason: Different company: UK registry number 0999 differs",
    });
    expect(confirmed).toMatchObject({ decision: "confirmed", decisionLabel: "Confirmed match" });
    expect(confirmed!.reason).toBeUndefined();
    expect(Object.fromEntries(confirmed!.details.map((d) => [d.label, d.value]))).toEqual({
      "Listed name": "Harbour Light Consulting LLC",
      "Matched name": "Harbor Light Consulting Pte (alias)",
      List: "Sample restricted list (as of 2026-11-01)",
      Programme: "Made-up programme",
      Countries: "SG, MY",
      Score: "97%",
      "Matching words": "harbour ↔ harbor, light, consulting",
    });

    // Chinese: the language's colon, brackets, enumeration comma and dash.
    const zh = viewOf("zh", railwayBeforeSigning, {}, SCREENED).screening!;
    expect(zh.outcomes[1]).toMatchObject({
      question: "境外制裁名单（A5）：",
      text: "在Sample restricted list（截至2026-11-01）中确认匹配",
    });
    expect(zh.hits[0]!.heading).toBe("委托方：Brightwave Analytics GmbH → Brightwave Analytics Ltd.");
    expect(zh.hits[0]!.reason).toBe("——理由：Different company: UK registry number 0999 differs");
    expect(zh.names[2]!.note).toBe("——没有可能的匹配");
    const details = Object.fromEntries(zh.hits[1]!.details.map((d) => [d.label, d.value]));
    expect(details["匹配的名称"]).toBe("Harbor Light Consulting Pte（别名）");
    expect(details["国家或地区"]).toBe("SG、MY");
    expect(zh.lists[1]!.entities).toBe("1,250个实体");
  });
});
