// Checklist 2026.3's calibration points that the calibration set (test/calibration/) relies on,
// tested on the published fixtures: the railway case still declines and advises reporting; an
// untouched draft is not yet assessed; "does not apply" is an answer, never an open unknown.
import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";

import { evaluateRisk } from "./evaluate-risk";
import { benignTranslation2026_3 } from "@/test/fixtures/risk/benign-translation";
import { licensedSurveyApprovalUnknown } from "@/test/fixtures/risk/licensed-survey";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { assessmentReadiness } from "./readiness";
import { whatWouldChange } from "./what-would-change";

const checklist = getChecklist("2026.3");
const run = (answers: Parameters<typeof evaluateRisk>[1]) =>
  evaluateRisk(checklist, answers, { date: "2026-12-01" });

describe("checklist 2026.3", () => {
  it("still declines the railway case by the railway rule, and advises reporting on its espionage signs", () => {
    const summary = run(railwayBeforeSigning2026_3);
    expect(summary).toMatchObject({ level: "critical", decision: "decline", rule: "railway_pattern" });
    expect(summary.reporting.advised).toBe(true);
    expect(summary.reporting.flags).toEqual(expect.arrayContaining(["suspected_ulterior_motive"]));
  });

  it("ends the translation job low: proceed, without asking about collection", () => {
    const summary = run(benignTranslation2026_3);
    expect(summary).toMatchObject({ level: "low", decision: "proceed", flags: [] });
    expect(summary.sections.find((s) => s.id === "collection")?.visible).toBe(0);
  });

  it("calls an untouched draft not yet assessed, naming what is needed", () => {
    const readiness = assessmentReadiness(checklist, {});
    expect(readiness.ready).toBe(false);
    expect(readiness.missing.map((m) => m.question)).toEqual(
      expect.arrayContaining(["your_company", "work_kinds", "end_client_disclosure", "data_categories"]),
    );
    expect(assessmentReadiness(checklist, railwayBeforeSigning2026_3).ready).toBe(true);
  });

  it("never lists 'does not apply' as an open unknown, and never reads it as 'no'", () => {
    const answers = {
      ...benignTranslation2026_3,
      data_inventory: "not_applicable",
      raw_data_required: "not_applicable",
    };
    const summary = run(answers);
    expect(summary.unknowns.map((u) => u.question)).not.toContain("data_inventory");
    expect(summary.flags.map((f) => f.slug)).not.toContain("no_data_inventory");
    expect(summary.level).toBe("low");
  });

  it("declines a listed counterparty without the espionage reporting advice", () => {
    const summary = run({ ...benignTranslation2026_3, listed_in_china: "yes" });
    expect(summary).toMatchObject({ level: "critical", decision: "decline" });
    expect(summary.reporting.advised).toBe(false);
  });

  it("turns don't-know on a list check into a condition to check before signing", () => {
    const summary = run({ ...benignTranslation2026_3, listed_abroad: "unknown" });
    expect(summary).toMatchObject({ level: "medium", decision: "proceed_with_conditions" });
    expect(summary.conditions.map((c) => c.control)).toContain("check_before_signing");
  });

  it("finds what the company could change to lower a high or critical verdict, and nothing it cannot change", () => {
    const answers = {
      ...benignTranslation2026_3,
      data_destination: "raw_abroad",
      important_data_match: "yes",
    };
    const summary = run(answers);
    expect(["high", "critical"]).toContain(summary.level);
    const changes = whatWouldChange(checklist, answers, summary);
    expect(changes.length).toBeGreaterThan(0);
    expect(changes[0]!.answers).toHaveProperty("data_destination", "stays_in_china");
    for (const change of changes) {
      expect(Object.keys(change.answers)).not.toContain("important_data_match");
      expect(run({ ...answers, ...change.answers }).level).toBe(change.level);
    }
  });
});

describe("a licensed consumer survey with its project approval not yet confirmed", () => {
  it("proceeds with conditions, listing the approval and the condition to confirm it", () => {
    const summary = run(licensedSurveyApprovalUnknown);
    expect(summary).toMatchObject({ level: "medium", decision: "proceed_with_conditions" });
    expect(summary.approvals.map((a) => a.id)).toContain("foreign_stat_survey_approval");
    expect(summary.conditions.map((c) => c.control)).toContain("confirm_approval_before_start");
    const raised = summary.flags.map((f) => f.slug);
    expect(raised).not.toContain("client_chosen_locations");
    expect(raised).not.toContain("foreign_party_barred_activity");
  });

  it("proceeds once the approval is confirmed", () => {
    expect(run({ ...licensedSurveyApprovalUnknown, stat_survey_approval: "yes" })).toMatchObject({
      level: "low",
      decision: "proceed",
    });
  });
});
