// Checklist 2026.4 (issue 26): a verdict two honest readers agree on. One test (or group) per
// numbered behaviour of the issue, each on the engine and, where a reader sees it, on the summary
// view that the page, the PDF and the examples all draw.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { createAuditText } from "@/lib/assessment/audit-text";
import { getChecklistMessages } from "@/lib/checklist/message-files";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { answersSchema } from "@/lib/checklist/schema";
import { type Answers, compareSeverity } from "@/lib/checklist/types";
import { createChecklistText } from "@/lib/i18n/checklist-text-sync";
import type { Locale, Translate } from "@/lib/base/locale";
import { keyPaths } from "@/lib/i18n/message-keys";
import { lookupMessage } from "@/lib/checklist/messages";
import { buildSummaryView } from "./summary-view";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { appDevSyntheticClientRepo } from "@/test/calibration/app-dev-synthetic-client-repo";
import type { CalibrationCase } from "@/test/calibration/case";
import { covertInstructionsPortPhotos } from "@/test/calibration/covert-instructions-port-photos";
import { droneDocumentaryBorderNoPermits } from "@/test/calibration/drone-documentary-border-no-permits";
import { droneDocumentaryPermitsHeld } from "@/test/calibration/drone-documentary-permits-held";
import { gridStudyCoreDataPossibly } from "@/test/calibration/grid-study-core-data-possibly";
import { listedCounterpartyDiscretion } from "@/test/calibration/listed-counterparty-discretion";
import { machineManualTranslationUnclassified } from "@/test/calibration/machine-manual-translation-unclassified";
import { ngoFundedVillageWaterInterviews } from "@/test/calibration/ngo-funded-village-water-interviews";
import { shipbuildingExpertCalls } from "@/test/calibration/shipbuilding-expert-calls";
import { supplierTopCustomersMayBeSecret } from "@/test/calibration/supplier-top-customers-may-be-secret";
import { surveyingChangeRequestAdditions } from "@/test/calibration/surveying-change-request-additions";
import { tradeFairInterpretersAssociation } from "@/test/calibration/trade-fair-interpreters-association";
import { transcriptsAbroadContradictedControl } from "@/test/calibration/transcripts-abroad-contradicted-control";
import { vagueEndClientSecretTerms } from "@/test/calibration/vague-end-client-secret-terms";
import { sectionsThatCanLower } from "@/lib/risk/can-lower";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { whatWouldChange } from "@/lib/risk/what-would-change";

const checklist = getChecklist("2026.4");
const DATE = { date: "2026-12-01" };
const evaluate = (answers: Answers) => evaluateRisk(checklist, answers, DATE);
const slugs = (answers: Answers) => evaluate(answers).flags.map((f) => f.slug);

function viewOf(answers: Answers, locale: Locale = "en") {
  const summary = evaluate(answers);
  const messages = locale === "zh" ? zh : en;
  const assessment: Assessment = {
    id: "00000000-0000-4000-8000-000000000026",
    schemaVersion: 1,
    checklistVersion: "2026.4",
    status: "draft",
    answers,
    step: "review",
    createdAt: "2026-12-01T09:00:00.000Z",
    updatedAt: "2026-12-01T09:00:00.000Z",
  };
  return buildSummaryView({
    assessment,
    checklist,
    summary,
    text: createChecklistText("2026.4", locale),
    t: createTranslator({ locale, messages, namespace: "summary" }) as unknown as Translate,
    audit: createAuditText(locale, messages),
  });
}
const answersOf = (c: CalibrationCase, more: Answers = {}): Answers => ({ ...c.answers, ...more });

it("2026.4 is the current checklist", () => {
  expect(CURRENT_CHECKLIST_VERSION).toBe("2026.4");
});

describe("1. deliverables vs data about China", () => {
  it("software on synthetic data delivered to the client's repository is low / proceed", () => {
    const s = evaluate(appDevSyntheticClientRepo.answers);
    expect([s.level, s.decision]).toEqual(["low", "proceed"]);
  });

  it("the deliverable's destination raises nothing by itself; China data on client servers still does", () => {
    for (const destination of ["client_systems", "handed_over", "no_deliverable", "unknown"])
      expect(slugs(answersOf(appDevSyntheticClientRepo, { deliverable_destination: destination }))).toEqual(
        [],
      );
    expect(
      slugs(answersOf(appDevSyntheticClientRepo, { storage_location: "client_or_vendor_servers" })),
    ).toContain("foreign_or_client_cloud");
  });
});

describe("2. known vs uncertain: no prohibitive flag rests on 'may be', 'not sure' or 'don't know'", () => {
  it("a known secret stays prohibitive; 'may be secret' is elevated with a condition and a way to change it", () => {
    const known = evaluate(answersOf(supplierTopCustomersMayBeSecret, { data_categories: ["state_secret"] }));
    expect(known.decision).toBe("decline");
    const maybe = evaluate(supplierTopCustomersMayBeSecret.answers);
    expect(maybe.flags.find((f) => f.slug === "classification_uncertain")?.residual).toBe("elevated");
    expect(maybe.conditions.map((c) => c.control)).toContain("classify_before_signing");
    expect(maybe.reporting.advised).toBe(false);
    expect(
      whatWouldChange(checklist, supplierTopCustomersMayBeSecret.answers, maybe).map((c) => c.answers),
    ).toContainEqual({ data_categories: ["general_business"] });
  });

  it("'possibly core data' is a condition, 'identified' is prohibitive", () => {
    expect(slugs(gridStudyCoreDataPossibly.answers)).toContain("classification_uncertain");
    expect(evaluate(answersOf(gridStudyCoreDataPossibly, { core_data_match: "yes" })).decision).toBe(
      "decline",
    );
  });

  it("an unknown HGR approval or CII testing authorisation is high, not prohibitive", () => {
    const hgr = evaluate({
      data_categories: ["genetic_biological"],
      barred_activities: ["hgr_collection"],
      hgr_approval: "unknown",
    });
    expect(hgr.flags.find((f) => f.slug === "genetic_biological")?.residual).toBe("high");
    const cii = evaluate({
      work_kinds: ["software_data_processing"],
      network_testing: "yes",
      cii_authorisation: "unknown",
    });
    expect(cii.flags.find((f) => f.slug === "cii_testing_requested")?.residual).toBe("high");
  });

  it("no single uncertain answer of any 2026.4 question raises a prohibitive flag", () => {
    const offenders: string[] = [];
    for (const section of checklist.sections)
      for (const q of section.questions) {
        if (!q.allowUnknown) continue;
        const uncertain = q.kind === "multiChoice" ? ["unknown"] : "unknown";
        const s = evaluate({ ...appDevSyntheticClientRepo.answers, [q.id]: uncertain });
        const prohibitive = s.flags.filter((f) => f.residual === "prohibitive");
        if (prohibitive.length > 0) offenders.push(`${q.id}: ${prohibitive.map((f) => f.slug).join(", ")}`);
      }
    expect(offenders).toEqual([]);
  });
});

describe("3. filming and photography are not surveying", () => {
  it("drone footage raises flight and filming permits, never foreign surveying", () => {
    const s = evaluate(droneDocumentaryBorderNoPermits.answers);
    const raised = s.flags.map((f) => f.slug);
    expect(raised).toEqual(expect.arrayContaining(["filming_permits_missing", "drone_or_aerial_capture"]));
    expect(raised).not.toEqual(expect.arrayContaining(["foreign_surveying_unapproved"]));
    expect(raised).not.toContain("geo_high_precision");
    expect(s.approvals.map((a) => a.id)).toContain("flight_filming_permits");
    expect(s.reporting.advised).toBe(false);
  });

  it("the foreign-surveying approval is asked only when a foreign party takes part in the surveying", () => {
    const base = surveyingChangeRequestAdditions.answers;
    expect(slugs({ ...base, scope_additions: ["none"] })).not.toContain("foreign_surveying_unapproved");
    expect(slugs(base)).toContain("foreign_surveying_unapproved");
  });
});

describe("4. client vs funder", () => {
  it("an association paying for a service it uses is the client: no public_interest_cover", () => {
    expect(slugs(tradeFairInterpretersAssociation.answers)).not.toContain("public_interest_cover");
    expect(evaluate(tradeFairInterpretersAssociation.answers).level).toBe("low");
  });

  it("even a foreign NGO paying for interpreting is no cover; funding collection in China is", () => {
    expect(
      slugs(answersOf(tradeFairInterpretersAssociation, { funder_type: "ngo_or_foundation" })),
    ).not.toContain("public_interest_cover");
    expect(slugs(ngoFundedVillageWaterInterviews.answers)).toContain("public_interest_cover");
  });
});

describe("5. scope additions", () => {
  const answers = surveyingChangeRequestAdditions.answers;

  it("the summary separates the original scope from the additions", () => {
    const view = viewOf(answers);
    expect(view.verdict.decision).toBe("decline");
    expect(view.scopeAdditions).toMatchObject({ level: "medium" });
    expect(view.scopeAdditions?.additions).toMatch(/raw data abroad/);
    expect(view.scopeAdditions?.flags).toMatch(/Raw data leaves China/);
  });

  it("'what would change' offers the original scope without the additions, in one change", () => {
    const view = viewOf(answers);
    expect(view.whatWouldChange?.[0]?.changes).toEqual({ scope_additions: ["none"] });
    expect(view.whatWouldChange?.[0]?.client).toBeUndefined();
  });
});

describe("6. approvals in hand, and what can still lower the live verdict", () => {
  it("an approval in hand is listed as obtained, not as required", () => {
    const held = evaluate(droneDocumentaryPermitsHeld.answers);
    expect(held.approvals).toContainEqual({
      id: "flight_filming_permits",
      flags: ["drone_or_aerial_capture"],
      obtained: true,
    });
    const view = viewOf(droneDocumentaryPermitsHeld.answers);
    expect(view.approvals[0]?.label).toMatch(/obtained; keep it on file and current/);
    const missing = evaluate(droneDocumentaryBorderNoPermits.answers);
    expect(missing.approvals.find((a) => a.id === "flight_filming_permits")?.obtained).toBeUndefined();
  });

  it("mid-form, the sections still to answer that could lower the level are named", () => {
    // Genetic samples answered, the approvals section (G) not reached yet: high, and G can lower it.
    const draft: Answers = {
      work_kinds: ["other"],
      data_categories: ["genetic_biological"],
      barred_activities: ["hgr_collection"],
    };
    const s = evaluate(draft);
    expect(s.level).toBe("high");
    expect(sectionsThatCanLower(checklist, draft, s)).toContain("legal");
    const answered = { ...draft, hgr_approval: "no" };
    expect(sectionsThatCanLower(checklist, answered, evaluate(answered))).not.toContain("legal");
  });
});

describe("7. reporting only on signs of espionage", () => {
  it("a listed counterparty alone: respect the listing, no reporting", () => {
    const view = viewOf(listedCounterpartyDiscretion.answers);
    expect(view.reporting).toBeUndefined();
    expect(view.insteadOfReporting).toMatch(/Respect the listing/);
    expect(view.insteadOfReporting).toMatch(/real need/);
  });

  it("missing permits alone: obtain them or walk away, no reporting", () => {
    const view = viewOf(droneDocumentaryBorderNoPermits.answers);
    expect(view.reporting).toBeUndefined();
    expect(view.insteadOfReporting).toMatch(/Obtain them before any work starts, or walk away/);
    expect(viewOf(droneDocumentaryBorderNoPermits.answers, "zh").insteadOfReporting).toMatch(/放弃该项目/);
  });

  it("a strong sign alone advises reporting; two weak ones only from two sections", () => {
    expect(evaluate(covertInstructionsPortPhotos.answers).reporting.flags).toContain("covert_instructions");
    expect(evaluate(vagueEndClientSecretTerms.answers).reporting).toMatchObject({
      advised: true,
      flags: ["end_client_undisclosed", "excessive_secrecy"],
    });
    expect(evaluate(answersOf(vagueEndClientSecretTerms, { secrecy_demands: "no" })).reporting.advised).toBe(
      false,
    );
  });

  it("the strong and weak signs are declared in the checklist data, and are raised flags", () => {
    const flags = new Set(checklist.flags.map((f) => f.id));
    for (const f of [...checklist.reportingSigns!.strong, ...checklist.reportingSigns!.weak])
      expect(flags.has(f), f).toBe(true);
  });
});

describe("8. what would change the verdict on every verdict above low", () => {
  it.each([shipbuildingExpertCalls, machineManualTranslationUnclassified, gridStudyCoreDataPossibly])(
    "medium: $id",
    (c) => {
      const view = viewOf(c.answers);
      expect(view.verdict.level).toBe("medium");
      expect(view.whatWouldChange?.length).toBeGreaterThan(0);
    },
  );

  it("where nothing the company controls changes it, the counterparty's answers that would are said", () => {
    const view = viewOf(listedCounterpartyDiscretion.answers);
    expect(view.whatWouldChange?.length).toBeGreaterThan(0);
    expect(view.whatWouldChange?.every((c) => c.client)).toBe(true);
    expect(view.whatWouldChange?.[0]?.changes).toMatchObject({ listed_in_china: "no" });
  });

  it("a low verdict has none", () => {
    expect(viewOf(appDevSyntheticClientRepo.answers).whatWouldChange).toBeUndefined();
  });
});

describe("9. contradictions", () => {
  it("a declared control contradicting an answer is not counted, and the summary says so", () => {
    const s = evaluate(transcriptsAbroadContradictedControl.answers);
    const cloud = s.flags.find((f) => f.slug === "foreign_or_client_cloud");
    expect(cloud?.residual).toBe("high");
    expect(cloud?.controls).toEqual([]);
    expect(s.conditions.map((c) => c.control)).not.toContain("domestic_storage_controlled");
    // Only the control declared is said to be uncounted ("all data stays in China" was not ticked).
    expect(viewOf(transcriptsAbroadContradictedControl.answers).contradictions).toEqual([
      expect.stringMatching(/Storage is in China, under our control/),
    ]);
  });

  it("2026.3 still counts it (released results do not change)", () => {
    const s = evaluateRisk(getChecklist("2026.3"), transcriptsAbroadContradictedControl.answers, DATE);
    expect(s.flags.find((f) => f.slug === "foreign_or_client_cloud")?.residual).toBe("informational");
  });
});

describe("10. the missing options and wordings", () => {
  const options = (id: string) => {
    const q = checklist.sections.flatMap((s) => s.questions).find((x) => x.id === id);
    return q && "options" in q ? q.options : [];
  };
  it.each([
    ["export_control_status", ["not_classified_yet", "no_goods_or_technology"]],
    ["export_route", ["no_route_needed"]],
    ["first_contact", ["intermediary_unnamed_client"]],
    ["research_sectors", ["shipbuilding_maritime"]],
    ["stated_purpose", ["media_documentary", "logistics"]],
    ["work_kinds", ["licensing_own_data", "filming_photography"]],
    ["end_client_disclosure", ["parent_or_affiliate_abroad"]],
  ] as const)("%s offers %j", (id, wanted) => {
    expect(options(id)).toEqual(expect.arrayContaining([...wanted]));
  });

  it("research questions offer 'does not apply'; the permits question and the count say what they mean", () => {
    const byId = new Map(checklist.sections.flatMap((s) => s.questions).map((q) => [q.id, q]));
    expect(byId.get("research_subjects_named")?.allowNotApplicable).toBe(true);
    expect(byId.get("research_sectors")?.allowNotApplicable).toBe(true);
    const text = getChecklistMessages("2026.4", "en");
    expect(lookupMessage(text, "questions.permits_status.label")).not.toMatch(/radio|drone/);
    expect(lookupMessage(text, "questions.pi_people_count.help")).toMatch(
      /across all its projects, this one included/,
    );
  });

  it("each section's steps question says which risk its steps address, in both languages", () => {
    for (const locale of ["en", "zh"] as const) {
      const text = getChecklistMessages("2026.4", locale);
      const labels = checklist.sections
        .flatMap((s) => s.questions)
        .filter((q) => q.kind === "multiChoice" && q.controls)
        .map((q) => lookupMessage(text, `questions.${q.id}.label`));
      expect(new Set(labels).size, locale).toBe(labels.length);
    }
  });

  it("checks_before_signing lists the answer that raised it, and says so", () => {
    const s = evaluate({ client_affiliations: ["unknown"] });
    expect(s.flags.find((f) => f.slug === "checks_before_signing")?.triggers).toEqual([
      { question: "client_affiliations", answer: ["unknown"] },
    ]);
    expect(
      lookupMessage(getChecklistMessages("2026.4", "en"), "flags.checks_before_signing.finding"),
    ).toMatch(/affiliations/);
  });
});

describe("11. legal bases", () => {
  it("nothing marked 'to verify' in 2026.4's message files or in any basis it cites", () => {
    for (const locale of ["en", "zh"] as const) {
      const own = JSON.stringify(
        locale === "en"
          ? import.meta.glob("../form/2026.4/messages/en.json", { eager: true })
          : import.meta.glob("../form/2026.4/messages/zh.json", { eager: true }),
      );
      expect(own).not.toMatch(/to verify|待核实/);
    }
    const refs = [
      ...checklist.flags.flatMap((f) => f.basis),
      ...checklist.sections.flatMap((s) => s.questions.flatMap((q) => q.basis ?? [])),
    ];
    expect(refs.filter((r) => r.unverified)).toEqual([]);
    expect(refs.filter((r) => r.law === "foreign_met_measures")).toEqual([]);
    const text = createChecklistText("2026.4", "zh");
    for (const f of checklist.flags) expect(text.basis(f.basis) ?? "", f.id).not.toMatch(/待核实/);
    expect(JSON.stringify([en, zh])).not.toMatch(/to be verified|待核实/);
  });

  it("an approval to confirm cites the law of the approval that is open, not every approval's", () => {
    const hgr = evaluate({
      data_categories: ["genetic_biological"],
      barred_activities: ["hgr_collection"],
      hgr_approval: "unknown",
    });
    const laws = hgr.flags.find((f) => f.slug === "approval_to_confirm")?.basis.map((r) => r.law);
    expect(laws).toContain("hgr_regs");
    expect(laws).not.toContain("sml");
    expect(laws).not.toContain("meteorology_law");
  });
});

describe("migration 2026.3 → 2026.4", () => {
  it("keeps the railway answers valid and the verdict, and asks the new questions", () => {
    const { answers, reviewQuestions } = migrateAnswersToCurrent(
      "2026.3",
      railwayBeforeSigning2026_3,
      "2026.4",
    );
    expect(answersSchema(checklist, { complete: false }).safeParse(answers).success).toBe(true);
    expect(reviewQuestions).toEqual(expect.arrayContaining(["scope_additions", "deliverable_destination"]));
    const before = evaluateRisk(getChecklist("2026.3"), railwayBeforeSigning2026_3, DATE);
    expect(evaluate(answers).level).toBe(before.level);
    expect(evaluate(answers).decision).toBe(before.decision);
  });

  it("reads 2026.3's 'could bear on core data' as 'possibly', never as identified", () => {
    const { answers, reviewQuestions } = migrateAnswersToCurrent(
      "2026.3",
      { core_data_match: "yes" },
      "2026.4",
    );
    expect(answers.core_data_match).toBe("possibly");
    expect(reviewQuestions).toContain("core_data_match");
  });
});

it("the English and Chinese 2026.4 files hold the same keys", () => {
  expect(keyPaths(getChecklistMessages("2026.4", "zh")).length).toBe(
    keyPaths(getChecklistMessages("2026.4", "en")).length,
  );
  expect(compareSeverity("elevated", "high")).toBeLessThan(0);
});
