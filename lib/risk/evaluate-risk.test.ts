import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";

import { evaluateRisk } from "./evaluate-risk";
import { benignTranslation } from "@/test/fixtures/risk/benign-translation";
import { FLAG_CASES, KNOWN, PI } from "@/test/fixtures/risk/flag-cases";
import { CATALOGUE_SLUGS } from "@/lib/checklist/catalogue-slugs";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";

const checklist = getChecklist("2026.1");
const run = (answers: Answers) => evaluateRisk(checklist, answers, { date: "2026-11-28" });
const raised = (answers: Answers) => run(answers).flags.map((f) => f.slug);
const flag = (answers: Answers, slug: string) => run(answers).flags.find((f) => f.slug === slug);

describe("each flag", () => {
  it("of the reference catalogue has a case in this table, and every case names a flag", () => {
    const cases = new Set(FLAG_CASES.map(([slug]) => slug));
    expect(CATALOGUE_SLUGS.filter((slug) => !cases.has(slug))).toEqual([]);
    const flags = new Set(checklist.flags.map((f) => f.id));
    expect([...cases].filter((slug) => !flags.has(slug))).toEqual([]);
  });

  it.each(FLAG_CASES)(
    "%s is raised by its answer and not by a neighbouring one",
    (slug, raising, neighbour, severity) => {
      const hit = flag({ ...KNOWN, ...raising }, slug);
      expect(hit?.inherent).toBe(severity);
      expect(hit?.triggers.length).toBeGreaterThan(0);
      expect(raised({ ...KNOWN, ...neighbour })).not.toContain(slug);
    },
  );
});

describe("severity set by the answer", () => {
  it.each([
    [
      "personal information of 1,000,000 people is high",
      { ...PI, pi_people_count: 1_000_000 },
      "personal_info_volume",
      "high",
    ],
    [
      "sensitive personal information of 10,000 people is high",
      { ...PI, pi_sensitive: "yes", sensitive_pi_people_count: 10_000 },
      "personal_info_volume",
      "high",
    ],
    [
      "sensitive personal information of fewer people is elevated",
      { ...PI, pi_sensitive: "yes", sensitive_pi_people_count: 9_999 },
      "personal_info_volume",
      "elevated",
    ],
    ["a price 30 % above market is elevated", { price_vs_market: 130 }, "price_above_market", "elevated"],
    ["a terabyte a month is high", { monthly_volume_gb: 1000 }, "large_volume", "high"],
    [
      "genetic resources with NHC approval are high, not prohibitive",
      { data_categories: ["genetic_biological"], hgr_approval: "yes" },
      "genetic_biological",
      "high",
    ],
    [
      "controlled technology under a licence is elevated",
      { data_categories: ["controlled_tech"], export_control_status: "licence_held" },
      "controlled_item_or_tech",
      "elevated",
    ],
    [
      "authorised infrastructure testing is elevated",
      { network_testing: "yes", cii_authorisation: "yes" },
      "cii_testing_requested",
      "elevated",
    ],
    [
      "raw radio data sent abroad is prohibitive",
      { data_categories: ["radio_signals"], data_destination: "raw_abroad" },
      "raw_data_offshore",
      "prohibitive",
    ],
  ] as const)("%s", (_, answers, slug, severity) => {
    expect(flag({ ...KNOWN, ...answers }, slug)?.inherent).toBe(severity);
  });

  it("records which question and answer raised a flag", () => {
    expect(
      flag({ ...KNOWN, ...PI, pi_people_count: 2_000_000, pi_sensitive: "yes" }, "personal_info_volume")
        ?.triggers,
    ).toEqual([
      { question: "pi_people_count", answer: 2_000_000 },
      { question: "pi_sensitive", answer: "yes" },
    ]);
  });
});

describe("mitigation by declared controls", () => {
  it("lowers a mitigable flag's residual severity and lists the control as a condition", () => {
    const s = run({ ...KNOWN, data_destination: "raw_abroad", transfer_controls: ["data_stays_in_china"] });
    expect(s.flags.find((f) => f.slug === "raw_data_offshore")).toMatchObject({
      inherent: "high",
      residual: "elevated",
      mitigable: true,
      controls: ["data_stays_in_china"],
    });
    expect(s.conditions).toEqual([{ control: "data_stays_in_china", flags: ["raw_data_offshore"] }]);
    expect([s.level, s.decision]).toEqual(["medium", "proceed_with_conditions"]);
  });

  it("takes the lowest residual the declared controls allow", () => {
    const f = flag(
      {
        ...KNOWN,
        remote_access: "yes",
        transfer_controls: ["logged_export_channel", "remote_access_refused"],
      },
      "remote_access_request",
    );
    expect(f?.residual).toBe("informational");
  });

  it("never lowers a prohibitive flag", () => {
    const answers = {
      ...KNOWN,
      data_categories: ["radio_signals"],
      data_destination: "raw_abroad",
      transfer_controls: ["data_stays_in_china"],
    };
    expect(flag(answers, "raw_data_offshore")).toMatchObject({
      inherent: "prohibitive",
      residual: "prohibitive",
      mitigable: false,
      controls: [],
    });
    expect(run(answers).level).toBe("critical");
  });

  it("does not lower a flag the catalogue gives no mitigation for", () => {
    const f = flag(
      { ...KNOWN, client_affiliations: ["military"], identity_controls: ["end_client_verified"] },
      "end_user_military_intel",
    );
    expect(f).toMatchObject({ residual: "high", mitigable: false, controls: [] });
  });

  it("ignores controls declared on a hidden controls question", () => {
    const answers = {
      ...KNOWN,
      network_testing: "yes",
      cii_authorisation: "yes",
      collects_in_china: "no",
      collection_controls: ["permits_obtained"],
    };
    expect(run(answers).conditions).toEqual([]);
  });
});

describe("unknowns", () => {
  it("keep an empty assessment at medium and escalate, naming the open key questions", () => {
    const s = run({});
    expect([s.level, s.decision, s.rule]).toEqual(["medium", "escalate", "key_unknowns"]);
    expect(s.unknowns.filter((u) => u.key).map((u) => [u.question, u.status])).toEqual([
      ["end_client_disclosure", "unanswered"],
      ["data_categories", "unanswered"],
      ["data_destination", "unanswered"],
    ]);
    expect(s.completeness).toBe(0);
  });

  it("keep the level from dropping to low while a key question is answered don't-know", () => {
    expect([
      run({ ...benignTranslation, data_destination: "unknown" }).level,
      run(benignTranslation).level,
    ]).toEqual(["medium", "low"]);
    expect(run({ ...benignTranslation, data_destination: "unknown" }).decision).toBe("escalate");
  });

  it("treat don't-know as open, never as no", () => {
    const s = run({ ...benignTranslation, listed_in_china: "unknown" });
    expect(s.flags).toEqual([]);
    expect(s.unknowns).toEqual([
      { question: "listed_in_china", section: "identity", key: false, status: "unknown" },
    ]);
  });

  it("escalate a high verdict with open key questions, and still decline a critical one", () => {
    expect(
      run({ ...benignTranslation, end_client_disclosure: "unknown", aggregation_at_scale: "yes" }).decision,
    ).toBe("escalate");
    expect(
      run({ ...benignTranslation, end_client_disclosure: "unknown", refused_before: "yes" }).decision,
    ).toBe("decline");
  });
});

describe("hidden questions", () => {
  it("are ignored, even when their answers would raise flags", () => {
    const answers = {
      ...benignTranslation,
      pi_people_count: 5_000_000,
      pi_exported: "yes",
      auto_upload: "yes",
      equipment_source: "client_supplied",
    };
    expect(run(answers)).toEqual(run(benignTranslation));
  });
});

describe("the summary", () => {
  it("is deterministic, serialisable, independent of key order, and leaves its input untouched", () => {
    const input = structuredClone(railwayBeforeSigning) as Answers;
    const first = run(input);
    expect(run(input)).toEqual(first);
    expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    expect(run(Object.fromEntries(Object.entries(input).reverse()))).toEqual(first);
    expect(input).toEqual(railwayBeforeSigning);
    expect(first.date).toBe("2026-11-28");
    expect(first.checklistVersion).toBe("2026.1");
  });

  it("derives approvals from flags", () => {
    const s = run({
      ...KNOWN,
      important_data_match: "yes",
      data_destination: "aggregated_results",
      export_route: "security_assessment",
    });
    expect(s.approvals).toEqual([
      { id: "cac_security_assessment", flags: ["cac_assessment_required", "important_data"] },
      { id: "important_data_declaration", flags: ["important_data"] },
    ]);
  });

  it("gives each section its worst residual severity and counts", () => {
    const s = run({ ...KNOWN, first_contact: "unsolicited_message", listed_abroad: "yes" });
    expect(s.sections.find((x) => x.id === "identity")).toMatchObject({
      worst: "elevated",
      counts: { informational: 1, elevated: 1, high: 0, prohibitive: 0 },
    });
    expect(s.sections.find((x) => x.id === "basics")?.worst).toBeNull();
  });

  it("reports completeness as the share of visible questions answered", () => {
    expect(run(benignTranslation).completeness).toBe(100);
    expect(run({ ...benignTranslation, your_company: undefined }).completeness).toBeLessThan(100);
  });

  it("advises reporting when espionage is suspected, even below critical", () => {
    const s = run({ ...benignTranslation, suspect_other_motive: "yes" });
    expect([s.level, s.reporting]).toEqual([
      "high",
      { advised: true, reasons: ["espionage_suspected"], flags: ["suspected_ulterior_motive"] },
    ]);
    expect(run(benignTranslation).reporting.advised).toBe(false);
  });
});
