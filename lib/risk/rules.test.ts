import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Answers, Decision, Level, RuleId } from "@/lib/checklist/types";

import { evaluateRisk } from "./evaluate-risk";
import { applyRule } from "./rules";

const checklist = getChecklist("2026.1");
const run = (answers: Answers) => evaluateRisk(checklist, answers, { date: "2026-11-28" });
const KNOWN: Answers = {
  end_client_disclosure: "client_is_end_user",
  data_categories: ["general_business"],
  data_destination: "stays_in_china",
};
const C = { collects_in_china: "yes", locations_near: ["none"] } as const;

// [rule that sets the level, answers, level, decision, flags named in the reason]
const RULE_CASES: [RuleId, Answers, Level, Decision, string[]][] = [
  ["prohibitive_flag", { listed_in_china: "yes" }, "critical", "decline", ["counterparty_listed_cn"]],
  [
    "railway_pattern",
    {
      ...C,
      end_client_disclosure: "refused",
      data_categories: ["radio_signals"],
      equipment_source: "client_specified",
    },
    "critical",
    "decline",
    ["end_client_undisclosed", "radio_signal_data", "client_specified_equipment"],
  ],
  [
    "surveying_by_proxy",
    {
      barred_activities: ["surveying_mapping"],
      data_categories: ["geographic_precise"],
      surveying_qualification: "yes",
      foreign_surveying_approval: "yes",
      intermediary_chain: "several_layers",
      data_destination: "raw_abroad",
    },
    "critical",
    "decline",
    ["layered_intermediaries", "foreign_party_barred_activity", "geo_high_precision", "raw_data_offshore"],
  ],
  [
    "sensor_network",
    {
      ...C,
      equipment_source: "client_supplied",
      auto_upload: "yes",
      data_categories: ["meteorological"],
      met_licence: "yes",
    },
    "critical",
    "decline",
    ["meteorological_data", "client_specified_equipment", "auto_realtime_upload"],
  ],
  [
    "expert_network",
    {
      ...C,
      research_sectors: ["defence_aerospace"],
      sensitive_interviewees: "yes",
      liability_disclaimers: "yes",
    },
    "critical",
    "decline",
    ["sensitive_sector_research", "sensitive_personnel_access", "liability_shifting"],
  ],
  [
    "cover_story",
    { data_exceeds_purpose: "yes", price_vs_market: 200 },
    "high",
    "escalate",
    ["purpose_work_mismatch", "price_above_market"],
  ],
  [
    "control_loss",
    { data_destination: "raw_abroad", aggregation_at_scale: "yes" },
    "high",
    "escalate",
    ["aggregation_risk", "raw_data_offshore"],
  ],
  [
    "three_high_sections",
    { intermediary_chain: "several_layers", remote_access: "yes", secrecy_demands: "yes" },
    "critical",
    "decline",
    ["layered_intermediaries", "remote_access_request", "excessive_secrecy"],
  ],
  [
    "base_severity",
    { liability_disclaimers: "yes" },
    "medium",
    "proceed_with_conditions",
    ["liability_shifting"],
  ],
  ["key_unknowns", { data_destination: "unknown" }, "medium", "escalate", ["key_unknowns"]],
];

describe("combination rules (reference 4.1)", () => {
  it("have one case each in this table", () => {
    expect(RULE_CASES.map(([id]) => id).sort()).toEqual(checklist.rules.map((r) => r.id).sort());
  });

  it.each(RULE_CASES)("%s sets the level and names its flags", (rule, answers, level, decision, flags) => {
    const s = run({ ...KNOWN, ...answers });
    expect([s.level, s.decision, s.rule]).toEqual([level, decision, rule]);
    expect(s.reason).toEqual({ rule, flags });
    expect(s.rules.find((r) => r.id === rule)?.flags).toEqual(flags);
  });

  it("find nothing but the base rule at low when no flag is raised", () => {
    const s = run(KNOWN);
    expect(s.rules).toEqual([{ id: "base_severity", level: "low", flags: [] }]);
    expect([s.level, s.decision]).toEqual(["low", "proceed"]);
  });

  it("still fire a pattern when its flags are mitigated, since patterns read raised flags", () => {
    const s = run({
      ...KNOWN,
      data_exceeds_purpose: "yes",
      price_vs_market: 200,
      purpose_controls: ["scope_cut_to_purpose"],
      commercial_controls: ["price_explained"],
    });
    expect(s.flags.map((f) => f.residual)).toEqual(["elevated", "elevated"]);
    expect([s.level, s.rule]).toEqual(["high", "cover_story"]);
  });

  it("count only flags that remain high after mitigation towards three high sections", () => {
    const answers = {
      ...KNOWN,
      intermediary_chain: "several_layers",
      remote_access: "yes",
      secrecy_demands: "yes",
    };
    expect(
      run({ ...answers, transfer_controls: ["remote_access_refused"] }).rules.map((r) => r.id),
    ).not.toContain("three_high_sections");
  });

  it("read raised flags only: the railway pattern fires on flags alone", () => {
    const rule = checklist.rules.find((r) => r.id === "railway_pattern");
    if (!rule) throw new Error("railway_pattern missing");
    const view = (slug: string) => ({ slug, section: "data" as const, residual: "high" as const });
    expect(
      applyRule(
        rule,
        ["end_user_military_intel", "cii_operational_data", "mobile_route_collection"].map(view),
      )?.level,
    ).toBe("critical");
    expect(applyRule(rule, ["end_user_military_intel", "cii_operational_data"].map(view))).toBeNull();
  });
});
