import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";

import { evaluateRisk } from "./evaluate-risk";
import { TRADE_FAIR_FLAGS, tradeFairLeads } from "@/test/fixtures/risk/trade-fair-leads";

describe("trade-fair visitor leads sent to a named client abroad", () => {
  const s = evaluateRisk(getChecklist("2026.1"), tradeFairLeads, { date: "2026-11-28" });

  it("is medium: proceed with conditions, on the base severity rule, with nothing open", () => {
    expect([s.level, s.decision, s.rule]).toEqual(["medium", "proceed_with_conditions", "base_severity"]);
    expect(s.unknowns).toEqual([]);
    expect(s.reporting.advised).toBe(false);
  });

  it("raises exactly the personal-information flag and the contract flag", () => {
    expect(s.flags.map((f) => f.slug).sort()).toEqual([...TRADE_FAIR_FLAGS].sort());
  });

  it("turns the declared data clauses into a condition that lowers the contract flag", () => {
    expect(s.conditions).toEqual([{ control: "data_clauses_added", flags: ["contract_lacks_data_clauses"] }]);
    const contract = s.flags.find((f) => f.slug === "contract_lacks_data_clauses");
    expect([contract?.inherent, contract?.residual]).toEqual(["elevated", "informational"]);
  });

  it("requires consent and an impact assessment for the personal information", () => {
    expect(s.approvals.map((a) => a.id)).toEqual(["pi_consent_and_impact_assessment"]);
  });

  it("without that condition, the contract flag stays elevated and no condition is listed", () => {
    const without = evaluateRisk(
      getChecklist("2026.1"),
      { ...tradeFairLeads, transfer_controls: ["none"] },
      {
        date: "2026-11-28",
      },
    );
    expect(without.level).toBe("medium");
    expect(without.conditions).toEqual([]);
    expect(without.flags.find((f) => f.slug === "contract_lacks_data_clauses")?.residual).toBe("elevated");
  });
});
