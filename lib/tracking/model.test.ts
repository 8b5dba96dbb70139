import { describe, expect, it } from "vitest";

import type { AuditEntry, EvidenceRef, SignOff } from "@/lib/assessment/assessment";
import { getChecklistMessages } from "@/lib/checklist/message-files";
import { CHECKLIST_VERSIONS } from "@/lib/checklist/registry";

import {
  checkStatusChange,
  CONTROLS_WITH_DUE_POINTS,
  deriveTracking,
  evidenceEntry,
  type ItemStatusInput,
  statusEntry,
  trackingApplies,
} from "./model";

const summary = {
  decision: "proceed_with_conditions" as const,
  conditions: [
    { control: "data_clauses_added", flags: ["contract_lacks_data_clauses"] },
    { control: "check_before_signing", flags: ["client_unverified"] },
  ],
  approvals: [{ id: "pi_consent_and_impact_assessment", flags: ["personal_info_volume"] }],
};
const answers = { start_date: "2027-03-01" };
const TODAY = "2027-01-15";

let clock = 0;
const at = () => new Date(Date.UTC(2027, 0, 1) + ++clock * 60_000).toISOString();
const set = (
  item: ItemStatusInput["item"],
  status: ItemStatusInput["status"],
  extra: Partial<ItemStatusInput> = {},
) =>
  statusEntry(
    {
      item,
      status,
      by: "Li Lei",
      date: status === "met" ? "2027-01-10" : undefined,
      note: status === "open" || status === "met" ? undefined : "why",
      ...extra,
    },
    at(),
  );
const clearance = (): { entry: AuditEntry; signOff: SignOff } => {
  const when = at();
  return {
    entry: { at: when, action: "signed_off", by: "Zhang Min (Legal counsel)", detail: "cleared" },
    signOff: { decision: "cleared", name: "Zhang Min", role: "Legal counsel", comment: "", at: when },
  };
};
const file: EvidenceRef = {
  id: "6f1c1a52-0d63-4d3e-9a55-1f6f7f0c2b10",
  sha256: "a".repeat(64),
  name: "consent.pdf",
  size: 1000,
  type: "application/pdf",
};

function derive(
  audit: AuditEntry[],
  signOffs: SignOff[] = [],
  today = TODAY,
  start: Record<string, string> = answers,
) {
  return deriveTracking({ summary, answers: start, audit, signOffs }, today);
}

describe("which verdicts have items to track", () => {
  it.each([
    ["proceed_with_conditions", 1, true],
    ["proceed", 1, true],
    ["escalate", 1, true],
    ["decline", 1, false],
    ["proceed_with_conditions", 0, false],
  ] as const)("%s with %i condition(s): %s", (decision, n, expected) => {
    const conditions = summary.conditions.slice(0, n);
    expect(trackingApplies({ decision, conditions, approvals: [] })).toBe(expected);
  });
});

describe("an item's state from the trail", () => {
  const C1 = "condition:data_clauses_added" as const;
  const C2 = "condition:check_before_signing" as const;
  const A1 = "approval:pi_consent_and_impact_assessment" as const;
  it.each<[string, () => AuditEntry[], Record<string, string>, Partial<ReturnType<typeof derive>["counts"]>]>(
    [
      [
        "nothing recorded: every item open",
        () => [],
        { [C1]: "open", [C2]: "open", [A1]: "open" },
        { open: 3, met: 0 },
      ],
      ["one met", () => [set(C1, "met")], { [C1]: "met" }, { open: 2, met: 1 }],
      ["met, then reopened", () => [set(C1, "met"), set(C1, "open")], { [C1]: "open" }, { open: 3, met: 0 }],
      ["waived with a reason", () => [set(A1, "waived")], { [A1]: "waived" }, { waived: 1, open: 2 }],
      [
        "an entry for an item the summary does not have is ignored",
        () => [set("condition:not_in_summary" as typeof C1, "met")],
        { [C1]: "open" },
        { total: 3, open: 3 },
      ],
    ],
  )("%s", (_name, trail, statuses, counts) => {
    const tracking = derive(trail());
    for (const [key, status] of Object.entries(statuses))
      expect(tracking.items.find((i) => i.key === key)?.status, key).toBe(status);
    expect(tracking.counts).toMatchObject(counts);
  });

  it("keeps who, when, the date met and the note of the last change", () => {
    const entry = set(C1, "met", { note: "Clauses signed in version 3" });
    const item = derive([entry]).items.find((i) => i.key === C1)!;
    expect(item.last).toEqual({
      at: entry.at,
      by: "Li Lei",
      status: "met",
      date: "2027-01-10",
      note: "Clauses signed in version 3",
    });
  });
});

describe("due points and overdue", () => {
  it.each([
    // [today, start date, overdue items]
    ["2027-01-15", "2027-03-01", 0],
    ["2027-03-01", "2027-03-01", 0],
    ["2027-03-02", "2027-03-01", 2],
    ["2027-03-02", undefined, 0],
  ] as const)("on %s with work starting %s: %i overdue", (today, start, overdue) => {
    const tracking = derive([], [], today, start ? { start_date: start } : {});
    expect(tracking.counts.overdue).toBe(overdue);
    // Only "check before signing" (its text says so) and the approval have a due point.
    expect(
      tracking.items
        .filter((i) => i.due)
        .map((i) => i.key)
        .sort(),
    ).toEqual(["approval:pi_consent_and_impact_assessment", "condition:check_before_signing"]);
  });

  it("lists open items first, overdue first among them, then the rest in summary order", () => {
    const tracking = derive([set("condition:data_clauses_added", "met")], [], "2027-04-01");
    expect(tracking.items.map((i) => i.key)).toEqual([
      "condition:check_before_signing",
      "approval:pi_consent_and_impact_assessment",
      "condition:data_clauses_added",
    ]);
  });

  it("each control given a due point says so in its condition text, in every version that has it", () => {
    for (const [control, point] of Object.entries(CONTROLS_WITH_DUE_POINTS)) {
      const texts = CHECKLIST_VERSIONS.map(
        (version) =>
          (getChecklistMessages(version, "en") as { controls?: Record<string, { condition?: string }> })
            .controls?.[control]?.condition,
      ).filter((text): text is string => text !== undefined);
      expect(texts.length, control).toBeGreaterThan(0);
      const words =
        point === "before_signing" ? /before signing/i : /(before|until).*(work|start|review)|no work/i;
      for (const text of texts) expect(text, control).toMatch(words);
    }
  });
});

describe("clearance", () => {
  const all = () => [
    set("condition:data_clauses_added", "met"),
    set("condition:check_before_signing", "met"),
    set("approval:pi_consent_and_impact_assessment", "waived"),
  ];
  it("is clearable once every item is met or waived, and cleared after the signed sign-off", () => {
    const trail = all();
    expect(derive(trail).clearable).toBe(true);
    const { entry, signOff } = clearance();
    const cleared = derive([...trail, entry], [signOff]);
    expect(cleared.clearance).toMatchObject({ name: "Zhang Min", at: signOff.at, signOff: 0 });
    expect(cleared.clearable).toBe(false);
  });
  it("is not clearable with an item open, and a clearance entry made then counts for nothing", () => {
    const trail = all().slice(0, 2);
    expect(derive(trail).clearable).toBe(false);
    const { entry, signOff } = clearance();
    expect(derive([...trail, entry], [signOff]).clearance).toBeUndefined();
  });
  it("no longer stands once an item is reopened", () => {
    const { entry, signOff } = clearance();
    const reopened = derive([...all(), entry, set("condition:data_clauses_added", "open")], [signOff]);
    expect(reopened.clearance).toBeUndefined();
    expect(reopened.clearable).toBe(false);
  });
});

describe("evidence on record", () => {
  it("keeps a removed file's hash and name, with who removed it", () => {
    const added = evidenceEntry(
      "evidence_added",
      "approval:pi_consent_and_impact_assessment",
      file,
      "Li Lei",
      at(),
    );
    const removed = evidenceEntry(
      "evidence_removed",
      "approval:pi_consent_and_impact_assessment",
      file,
      "Wang Fang",
      at(),
      "Superseded",
    );
    const before = derive([added]);
    expect(before.items.find((i) => i.kind === "approval")!.evidence).toEqual([
      { ref: file, item: "approval:pi_consent_and_impact_assessment", addedAt: added.at, addedBy: "Li Lei" },
    ]);
    const after = derive([added, removed]).items.find((i) => i.kind === "approval")!.evidence[0]!;
    expect(after.ref).toEqual(file);
    expect(after.removed).toEqual({ at: removed.at, by: "Wang Fang", note: "Superseded" });
  });
  it("files on the assessment as a whole are listed apart from the items'", () => {
    const tracking = derive([evidenceEntry("evidence_added", "assessment", file, "Li Lei", at())]);
    expect(tracking.evidence).toHaveLength(1);
    expect(tracking.items.every((i) => i.evidence.length === 0)).toBe(true);
  });
});

describe("a change is checked before it is written", () => {
  const base: ItemStatusInput = {
    item: "condition:data_clauses_added",
    status: "met",
    by: "Li Lei",
    date: "2027-01-10",
  };
  const reassessed: AuditEntry = { at: at(), action: "reassessed_to", by: "", detail: "x" };
  it.each<[string, Partial<ItemStatusInput>, AuditEntry[], string | null]>([
    ["met with a date", {}, [], null],
    ["nobody named", { by: "  " }, [], "who_missing"],
    ["met in the future", { date: "2027-01-16" }, [], "date_invalid"],
    ["met without a date", { date: undefined }, [], "date_invalid"],
    ["waived without a reason", { status: "waived", note: " " }, [], "reason_missing"],
    ["waived with a reason", { status: "waived", note: "Client refused; board accepted the risk" }, [], null],
    [
      "not needed before any re-assessment",
      { status: "not_needed", note: "Scope cut" },
      [],
      "not_reassessed",
    ],
    ["not needed after a re-assessment", { status: "not_needed", note: "Scope cut" }, [reassessed], null],
    ["an item the verdict does not have", { item: "condition:other" }, [], "unknown_item"],
    ["reopened while open", { status: "open" }, [], "unchanged"],
  ])("%s: %s", (_name, change, trail, refusal) => {
    const tracking = derive(trail);
    expect(checkStatusChange(summary, tracking, { ...base, ...change }, TODAY)).toBe(refusal);
  });
  it("refuses everything on a declined verdict", () => {
    const declined = { ...summary, decision: "decline" as const };
    expect(checkStatusChange(declined, derive([]), base, TODAY)).toBe("not_tracked");
  });
});
