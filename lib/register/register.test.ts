import { describe, expect, it } from "vitest";

import { PARTY_PAIRS } from "@/bench/register-match-table";
import { answerSourcesSchema } from "@/lib/assessment/answer-sources";
import { fingerprint } from "@/lib/assessment/fingerprint";
import type { Answers } from "@/lib/checklist/types";
import { historyRowOf, type HistoryRow } from "@/lib/storage/history-row";
import { newDraft } from "@/lib/storage/assessments";
import type { RegisterDecision } from "@/lib/storage/register-decision";

import { confirmedAliases, counterpartyEngagements } from "./counterparty";
import { refusedBeforeSource } from "./match-view";
import { RegisterIndex } from "./register-index";

function row(id: string, fields: Partial<HistoryRow> = {}): HistoryRow {
  return {
    id,
    status: "completed",
    project: `Project ${id}`,
    counterparty: "",
    endClient: "",
    assessor: "",
    checklistVersion: "2026.4",
    createdAt: "2026-10-01T08:00:00.000Z",
    updatedAt: "2026-10-01T08:00:00.000Z",
    completedAt: "2026-10-01T08:00:00.000Z",
    search: "",
    check: "",
    ...fields,
  };
}

const decision = (fields: Partial<RegisterDecision>): RegisterDecision => ({
  id: crypto.randomUUID(),
  assessmentId: "now",
  name: "",
  earlierId: "",
  earlierName: "",
  decision: "confirmed",
  at: "2026-12-01T08:00:00.000Z",
  ...fields,
});

describe("party matching on the table of pairs (bench/register-match-table.ts)", () => {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const pair of PARTY_PAIRS) {
    const found =
      new RegisterIndex([row("a", { counterparty: pair.earlier })]).lookup([
        { role: "client", name: pair.now },
      ]).length > 0;
    if (found && pair.match) tp++;
    else if (found) fp++;
    else if (pair.match) fn++;
  }
  it("has at least 30 pairs, both kinds", () => {
    expect(PARTY_PAIRS.length).toBeGreaterThanOrEqual(30);
    expect(PARTY_PAIRS.filter((p) => !p.match).length).toBeGreaterThanOrEqual(10);
  });
  it("offers no near miss, and finds at least 85 % of the same parties", () => {
    expect(fp).toBe(0);
    expect(tp / (tp + fn)).toBeGreaterThanOrEqual(0.85);
  });
});

describe("the register index", () => {
  const rows = [
    row("declined", {
      counterparty: "Hengtai Co., Ltd.",
      level: "critical",
      decision: "decline",
      decisiveFlags: ["previously_refused"],
      completedAt: "2026-10-14T09:30:00.000Z",
    }),
    row("other", { counterparty: "Brightwave Analytics GmbH", endClient: "恒泰有限公司" }),
    row("unrelated", { counterparty: "Northgate Consulting" }),
  ];

  it("finds an earlier party under a transliteration, with its date, verdict and decisive flags", () => {
    const [match, ...rest] = new RegisterIndex(rows).lookup([{ role: "client", name: "恒泰有限公司" }]);
    expect(match?.engagement).toEqual({
      assessmentId: "declined",
      project: "Project declined",
      status: "completed",
      date: "2026-10-14T09:30:00.000Z",
      level: "critical",
      decision: "decline",
      decisiveFlags: ["previously_refused"],
    });
    expect(match?.party).toEqual({ role: "client", name: "Hengtai Co., Ltd." });
    expect(match?.pairs.map((p) => [p.query, p.listed])).toEqual([["恒泰", "hengtai"]]);
    // The other assessment names it as its end client; the unrelated one is not offered.
    expect(rest.map((m) => [m.engagement.assessmentId, m.party.role])).toEqual([["other", "end_client"]]);
  });

  it("never offers the assessment being filled in", () => {
    const found = new RegisterIndex(rows).lookup([{ role: "client", name: "Hengtai" }], {
      exclude: "declined",
    });
    expect(found.map((m) => m.engagement.assessmentId)).toEqual(["other"]);
  });

  it("follows the rows: a changed row is normalised again, a deleted one is gone, the rest reused", () => {
    const index = new RegisterIndex(rows);
    const renamed = { ...rows[2]!, counterparty: "Hengtai Holdings", updatedAt: "2026-12-01T00:00:00.000Z" };
    expect(index.update([rows[1]!, renamed])).toBe(1);
    const found = index.lookup([{ role: "client", name: "Hengtai" }]);
    expect(found.map((m) => m.engagement.assessmentId).sort()).toEqual(["other", "unrelated"]);
  });

  it("matches a row written before parties were kept on its client and end client", () => {
    const old = row("old", { counterparty: "Orion Geodata" });
    delete old.parties;
    expect(new RegisterIndex([old]).lookup([{ role: "client", name: "ORION GEODATA" }])).toHaveLength(1);
  });

  it("takes the parties from the assessment: client, end client and the names screened", () => {
    const a = {
      ...newDraft("2026.4", "basics"),
      answers: { client_name: "Hengtai Co., Ltd.", end_client_declared: "unknown" } as Answers,
    };
    expect(historyRowOf(a).parties).toEqual([{ role: "client", name: "Hengtai Co., Ltd." }]);
  });
});

describe('"refused before" from a confirmed earlier engagement', () => {
  const index = new RegisterIndex([
    row("declined", {
      counterparty: "Hengtai",
      decision: "decline",
      completedAt: "2026-10-14T09:30:00.000Z",
    }),
    row("escalated", { counterparty: "恒泰", decision: "escalate", completedAt: "2026-11-02T09:30:00.000Z" }),
    row("proceeded", {
      counterparty: "Hengtai Ltd",
      decision: "proceed",
      completedAt: "2026-11-20T09:30:00.000Z",
    }),
  ]);
  const matches = index.lookup([{ role: "client", name: "恒泰有限公司" }], { exclude: "now" });
  const confirm = (earlierId: string, kind: RegisterDecision["decision"] = "confirmed") =>
    decision({ name: "恒泰有限公司", earlierId, decision: kind });

  it("is answered only once a decline or escalation is confirmed, from the latest of them", () => {
    expect(refusedBeforeSource(matches, [], "now")).toBeUndefined();
    expect(refusedBeforeSource(matches, [confirm("proceeded")], "now")).toBeUndefined();
    expect(refusedBeforeSource(matches, [confirm("declined", "dismissed")], "now")).toBeUndefined();
    expect(refusedBeforeSource(matches, [confirm("declined"), confirm("escalated")], "now")).toEqual({
      kind: "earlier_assessment",
      date: "2026-11-02",
      answer: "yes",
      assessmentId: "escalated",
    });
  });

  it("is a valid answer source, and sealed: it changes a seal-2 fingerprint", async () => {
    const source = refusedBeforeSource(matches, [confirm("declined")], "now")!;
    expect(answerSourcesSchema.parse({ refused_before: source })).toEqual({ refused_before: source });
    const base = {
      ...newDraft("2026.4", "basics"),
      answers: { refused_before: "yes" },
      sealVersion: 2 as const,
    };
    expect(await fingerprint({ ...base, answerSources: { refused_before: source } })).not.toBe(
      await fingerprint(base),
    );
  });
});

describe("the counterparty page's engagements", () => {
  const decisions = [
    decision({
      assessmentId: "now",
      name: "恒泰有限公司",
      earlierId: "declined",
      earlierName: "Hengtai Co., Ltd.",
    }),
    decision({ assessmentId: "later", name: "Hengtai HK", earlierId: "now", earlierName: "恒泰有限公司" }),
    decision({
      name: "恒泰有限公司",
      earlierId: "lookalike",
      earlierName: "Hengtai Trading",
      decision: "dismissed",
    }),
  ];

  it("follows confirmations in a chain, both ways", () => {
    expect(confirmedAliases("恒泰有限公司", decisions)).toEqual(["Hengtai Co., Ltd.", "Hengtai HK"]);
    expect(confirmedAliases("hengtai hk", decisions)).toEqual(["恒泰有限公司", "Hengtai Co., Ltd."]);
  });

  it("lists each engagement once, oldest first, without dismissed ones", () => {
    const index = new RegisterIndex([
      row("now", {
        status: "draft",
        counterparty: "恒泰有限公司",
        completedAt: undefined,
        updatedAt: "2026-12-05T00:00:00.000Z",
      }),
      row("declined", { counterparty: "Hengtai Co., Ltd.", completedAt: "2026-10-14T09:30:00.000Z" }),
      row("lookalike", { counterparty: "Hengtai Trading", completedAt: "2026-09-01T00:00:00.000Z" }),
    ]);
    const names = ["恒泰有限公司", ...confirmedAliases("恒泰有限公司", decisions)];
    const found = counterpartyEngagements(
      names,
      index.lookup(
        names.map((name) => ({ role: "client" as const, name })),
        { limit: 100 },
      ),
      decisions,
    );
    expect(found.map((e) => [e.engagement.assessmentId, e.how])).toEqual([
      ["declined", "confirmed"],
      ["now", "same_name"],
    ]);
  });
});
