import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";

import { evaluateRisk } from "./evaluate-risk";
import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import {
  RAILWAY_FLAGS_BEFORE_SIGNING,
  railwayBeforeSigning,
  railwayMidProject,
  railwaySecondCompany,
} from "@/test/fixtures/risk/railway";

const checklist = getChecklist("2026.1");
const run = (answers: Answers) => evaluateRisk(checklist, answers, { date: "2026-11-28" });

const BEFORE_SIGNING = RAILWAY_FLAGS_BEFORE_SIGNING;

describe.each([
  ["before signing", railwayBeforeSigning, BEFORE_SIGNING],
  [
    "mid-project",
    railwayMidProject,
    [...BEFORE_SIGNING, "remote_access_request", "renewal_scope_expansion", "legal_advice_against"],
  ],
  ["by the second company", railwaySecondCompany, [...BEFORE_SIGNING, "previously_refused"]],
])("the railway signal-data case answered %s", (_, answers, expectedFlags) => {
  const summary = run(answers);

  it("is critical: decline and consider reporting, by the railway pattern", () => {
    expect([summary.level, summary.decision, summary.rule]).toEqual([
      "critical",
      "decline",
      "railway_pattern",
    ]);
    expect(summary.reporting.advised).toBe(true);
    expect(summary.reporting.reasons).toContain("level_critical");
  });

  it("fires the railway rule on an undisclosed end client, railway signal data and client-directed collection", () => {
    expect(summary.rules.find((r) => r.id === "railway_pattern")?.flags).toEqual(
      expect.arrayContaining([
        "end_client_undisclosed",
        "cii_operational_data",
        "radio_signal_data",
        "client_specified_equipment",
        "mobile_route_collection",
        "client_chosen_locations",
      ]),
    );
  });

  it("raises every flag reference section 6 lists", () => {
    const raised = summary.flags.map((f) => f.slug);
    expect(expectedFlags.filter((slug) => !raised.includes(slug))).toEqual([]);
  });

  it("leaves no key question open", () => {
    expect(summary.unknowns.filter((u) => u.key)).toEqual([]);
  });
});

describe("the railway case before signing", () => {
  it("does not yet show the mid-project flags", () => {
    const raised = run(railwayBeforeSigning).flags.map((f) => f.slug);
    for (const slug of [
      "remote_access_request",
      "renewal_scope_expansion",
      "legal_advice_against",
      "previously_refused",
    ]) {
      expect(raised).not.toContain(slug);
    }
  });
});

describe("a document translation for a named client", () => {
  it("is low: proceed, with no flags, no conditions and nothing open", () => {
    const s = run(benignTranslation);
    expect([s.level, s.decision, s.rule]).toEqual(["low", "proceed", "base_severity"]);
    expect([s.flags, s.conditions, s.approvals, s.unknowns]).toEqual([[], [], [], []]);
    expect(s.completeness).toBe(100);
  });
});
