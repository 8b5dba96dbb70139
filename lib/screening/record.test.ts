import "fake-indexeddb/auto";

import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { restoreAssessment } from "@/lib/assessment/assessment";
import { canonicalJson } from "@/lib/assessment/canonical-json";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { getChecklist } from "@/lib/checklist/registry";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { completeAssessment, createDraft, writeDraft } from "@/lib/storage/assessments";
import { ScreeningDisagreesError } from "@/lib/storage/draft-events";
import { putDraftScreening } from "@/lib/storage/screening-lists";

import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

import { buildRecord, decide, hitId } from "./build-record";
import { LIST_FILE_ERRORS } from "./errors";
import { listAgeDays, recordRows, screeningAnswers } from "./outcome";
import { type ScreeningRecord, screeningRecordSchema } from "./record";

const RECORD: ScreeningRecord = {
  screenedAt: "2026-11-30T10:00:00.000Z",
  lists: [
    {
      id: "l1",
      name: "Sample list",
      format: "simple_csv",
      scope: "foreign",
      asOf: "2026-11-01",
      entityCount: 4,
      sha256: "a".repeat(64),
    },
  ],
  names: [{ role: "client", name: "Brightwave Analytics GmbH" }],
  hits: [
    {
      name: "Brightwave Analytics GmbH",
      role: "client",
      listId: "l1",
      entryKey: "list.csv:2",
      entryName: "Brightwave Analytics Ltd.",
      matchedName: "Brightwave Analytics Ltd.",
      alias: false,
      score: 1,
      pairs: [{ query: "brightwave", listed: "brightwave", similarity: 1 }],
      countries: ["GB"],
      decision: "dismissed",
      reason: "Different company: registry number differs",
      decidedAt: "2026-11-30T10:01:00.000Z",
    },
  ],
};

const base = {
  id: "7d3c2a9e-52a5-4d2b-9a44-0c1f7f4a1b11",
  checklistVersion: "2026.1",
  answers: { b: "yes" },
  completedAt: "2026-11-28T10:00:00.000Z",
  summary: undefined,
};

describe("the screening record", () => {
  it("needs a reason for every dismissed match", () => {
    expect(screeningRecordSchema.safeParse(RECORD).success).toBe(true);
    const noReason = { ...RECORD, hits: [{ ...RECORD.hits[0]!, reason: " " }] };
    expect(screeningRecordSchema.safeParse(noReason).success).toBe(false);
  });

  it("leaves the fingerprint of an assessment without screening as it was, and is covered when present", async () => {
    const before = createHash("sha256").update(canonicalJson(base)).digest("hex");
    expect(await fingerprint(base)).toBe(before);
    const screened = await fingerprint({ ...base, screening: RECORD });
    expect(screened).not.toBe(before);
    const changed = { ...RECORD, hits: [{ ...RECORD.hits[0]!, decision: "confirmed" as const }] };
    expect(await fingerprint({ ...base, screening: changed })).not.toBe(screened);
  });

  it("is frozen into the assessment at completion", async () => {
    const draft = await createDraft("2026.2", "basics");
    // The list question says what the screening found, as the identity step writes it.
    const answers = { client_name: "Brightwave Analytics GmbH", ...screeningAnswers(RECORD) };
    await writeDraft({ id: draft.id, base: draft.answers, changed: answers, step: draft.step });
    await putDraftScreening(draft.id, RECORD);
    const done = await completeAssessment(
      draft.id,
      answers,
      evaluateRisk(getChecklist("2026.2"), answers, { date: "2026-11-30" }),
    );
    expect(restoreAssessment(done).screening).toEqual(RECORD);
    expect(done.fingerprint).toBe(await fingerprint(done));
  });

  it("is not frozen beside an answer it contradicts: completion is refused", async () => {
    const draft = await createDraft("2026.2", "basics");
    // Every possible match dismissed ("no"), but the answer says the client is listed.
    const answers = { client_name: "Brightwave Analytics GmbH", listed_abroad: "yes" };
    await writeDraft({ id: draft.id, base: draft.answers, changed: answers, step: draft.step });
    await putDraftScreening(draft.id, RECORD);
    const summary = evaluateRisk(getChecklist("2026.2"), answers, { date: "2026-11-30" });
    await expect(completeAssessment(draft.id, answers, summary)).rejects.toThrow(ScreeningDisagreesError);
  });
});

describe("what a record answers", () => {
  const confirmed = { ...RECORD.hits[0]!, decision: "confirmed" as const, reason: undefined };
  const pending = { ...RECORD.hits[0]!, decision: "pending" as const, reason: undefined };

  it.each([
    ["every possible match dismissed", RECORD.hits, { listed_abroad: "no" }],
    ["no possible match at all", [], { listed_abroad: "no" }],
    ["a confirmed match", [RECORD.hits[0]!, confirmed], { listed_abroad: "yes" }],
    ["a match still to decide", [pending], {}],
  ])("%s", (_what, hits, expected) => {
    expect(screeningAnswers({ ...RECORD, hits })).toEqual(expected);
  });

  it("answers only the question of the lists' scope", () => {
    const china = { ...RECORD, lists: [{ ...RECORD.lists[0]!, scope: "china" as const }] };
    expect(screeningAnswers({ ...china, hits: [confirmed] })).toEqual({ listed_in_china: "yes" });
  });

  it("gives the summary and the PDF rows with each hit's list and date", () => {
    const rows = recordRows(RECORD);
    expect(rows.outcomes).toEqual([{ scope: "foreign", outcome: "no_match", lists: RECORD.lists }]);
    expect(rows.names[0]!.hits[0]).toMatchObject({ listName: "Sample list", listAsOf: "2026-11-01" });
  });

  it("counts a list's age in days", () => {
    expect(listAgeDays("2026-08-01", "2026-11-30")).toBe(121);
  });
});

describe("screening again", () => {
  const list = { ...RECORD.lists[0]!, importedAt: "2026-11-30T09:00:00.000Z", files: ["l.csv"] };
  const hit = {
    ...RECORD.hits[0]!,
    decision: undefined,
    reason: undefined,
    decidedAt: undefined,
    name: undefined,
    role: undefined,
  };
  const results = [{ name: "Brightwave Analytics GmbH", hits: [{ ...hit }], ms: 1 }];
  const names = RECORD.names;

  it("keeps a decision already taken on the same match of the same list snapshot", () => {
    const next = buildRecord(names, [list], results as never, RECORD, "2026-12-01T00:00:00.000Z");
    expect(next.hits[0]).toMatchObject({ decision: "dismissed", reason: RECORD.hits[0]!.reason });
    expect(next.screenedAt).toBe("2026-12-01T00:00:00.000Z");
  });

  it("starts undecided against a new snapshot, and a decision can be taken back", () => {
    const fresh = buildRecord(
      names,
      [{ ...list, id: "l2" }],
      [{ ...results[0]!, hits: [{ ...hit, listId: "l2" }] }] as never,
      RECORD,
      "2026-12-01T00:00:00.000Z",
    );
    expect(fresh.hits[0]!.decision).toBe("pending");
    const confirmed = decide(
      fresh,
      hitId(fresh.hits[0]!),
      "confirmed",
      undefined,
      "2026-12-01T00:01:00.000Z",
    );
    expect(confirmed.hits[0]).toMatchObject({ decision: "confirmed", decidedAt: "2026-12-01T00:01:00.000Z" });
    expect(
      decide(confirmed, hitId(fresh.hits[0]!), "pending", undefined, "x").hits[0]!.decidedAt,
    ).toBeUndefined();
  });
});

describe("messages", () => {
  it.each(["en", "zh"] as const)("every list file error has a message in %s", (locale) => {
    const messages = (locale === "en" ? en : zh).screening.errors as Record<string, string>;
    expect(LIST_FILE_ERRORS.filter((code) => !messages[code])).toEqual([]);
  });
});
