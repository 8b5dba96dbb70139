// Issue 28: a proceed-with-conditions assessment cleared item by item, with evidence, written the
// way the app writes it; then its trail and its files edited in storage, the way a forger would.
import "fake-indexeddb/auto";

import { beforeEach, describe, expect, it, vi } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { chainHead } from "@/lib/assessment/chain";
import { localDate } from "@/lib/assessment/dates";
import { checkIntegrity } from "@/lib/assessment/integrity";
import { checkSignOffs, newSigner } from "@/lib/assessment/signature";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import { caseAnswers, getExample } from "@/lib/examples/examples";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { EvidenceRefusedError } from "@/lib/tracking/evidence";
import { deriveTracking, TrackingRefusedError } from "@/lib/tracking/model";

import {
  completeAssessment,
  createDraft,
  deleteAssessment,
  getAssessment,
  IntegrityError,
  undeleteAssessment,
} from "./assessments";
import { getDb } from "./db";
import { historyRowOf } from "./history-row";
import { checkRow } from "./row-check";
import { addEvidence, clearAssessment, readEvidence, removeEvidence, setItemStatus } from "./evidence";

const CONDITION = "condition:data_clauses_added" as const;
const APPROVAL = "approval:pi_consent_and_impact_assessment" as const;

/** The trade-fair example (proceed with conditions: one condition, one approval), completed. */
async function tradeFair(): Promise<Assessment> {
  const example = getExample("trade-fair")!;
  const { answers } = migrateAnswersToCurrent(example.answeredOn, caseAnswers(example, "en"));
  const draft = await createDraft(CURRENT_CHECKLIST_VERSION, "basics", answers);
  const summary = evaluateRisk(getChecklist(CURRENT_CHECKLIST_VERSION), answers, { date: localDate() });
  return completeAssessment(draft.id, answers, summary);
}

const tracking = (a: Assessment) => deriveTracking({ ...a, summary: a.summary! }, localDate());
const pdf = (text = "approval letter") => new Blob([`%PDF-1.7\n${text}`]);
const met = { status: "met" as const, by: "Li Lei", date: localDate() };

beforeEach(async () => {
  await getDb().delete();
  await getDb().open();
});

describe("tracking a completed assessment's conditions and approvals", () => {
  it("is cleared item by item, with evidence, and the record still verifies", async () => {
    const a = await tradeFair();
    expect(a.summary!.decision).toBe("proceed_with_conditions");
    expect(tracking(a).counts).toMatchObject({ total: 2, open: 2 });

    await setItemStatus(a.id, { item: CONDITION, ...met, note: "Clauses in the signed contract" });
    const ref = await addEvidence(a.id, {
      item: APPROVAL,
      file: pdf(),
      name: "../PIA report.pdf",
      by: "Li Lei",
    });
    expect(ref).toMatchObject({ name: "PIA report.pdf", type: "application/pdf", size: 24 });
    await expect(
      clearAssessment(a.id, { name: "Zhang Min", role: "Legal counsel", comment: "" }, await newSigner()),
    ).rejects.toEqual(new TrackingRefusedError("not_clearable"));
    await setItemStatus(a.id, {
      item: APPROVAL,
      status: "waived",
      by: "Li Lei",
      note: "Consents collected at the stand",
    });
    const cleared = await clearAssessment(
      a.id,
      { name: "Zhang Min", role: "Legal counsel", comment: "" },
      await newSigner(),
    );

    const state = tracking(cleared);
    expect(state.counts).toMatchObject({ total: 2, met: 1, waived: 1, open: 0 });
    expect(state.clearance).toMatchObject({ name: "Zhang Min", role: "Legal counsel" });
    expect(cleared.summary).toEqual(a.summary);
    expect(cleared.fingerprint).toBe(a.fingerprint);
    expect(await checkIntegrity(cleared)).toBeNull();
    expect(cleared.audit!.map((e) => e.action)).toEqual([
      "created",
      "completed",
      "item_status_set",
      "evidence_added",
      "item_status_set",
      "signed_off",
    ]);

    const row = await getDb().historyRows.get(a.id);
    expect(row!.conditions).toMatchObject({ total: 2, open: 0, cleared: state.clearance!.at });
    expect(row!.signOff).toBe("cleared");
    // As the history reads it: a cleared row is a sound row, not a damaged one.
    expect(checkRow(row)).toEqual(row);

    const files = await readEvidence(a.id, [ref]);
    expect(files.get(ref.id)).toMatchObject({ intact: true });
    expect(await files.get(ref.id)!.blob.text()).toBe("%PDF-1.7\napproval letter");
  });

  it("a status edited in storage fails the chain, and nothing more is added to the record", async () => {
    const a = await tradeFair();
    const after = await setItemStatus(a.id, { item: CONDITION, ...met });
    const forged = structuredClone(after);
    forged.audit!.at(-1)!.tracking!.status = "waived";
    await getDb().assessments.put(forged);
    expect(await checkIntegrity((await getAssessment(a.id))!)).toBe("chain_mismatch");
    await expect(setItemStatus(a.id, { item: APPROVAL, ...met })).rejects.toBeInstanceOf(IntegrityError);
  });

  it("a state edited under a clearance, with the public chain recomputed, no longer carries the clearance's signature", async () => {
    const a = await tradeFair();
    await setItemStatus(a.id, { item: CONDITION, ...met });
    await setItemStatus(a.id, { item: APPROVAL, ...met });
    const cleared = await clearAssessment(
      a.id,
      { name: "Zhang Min", role: "Legal counsel", comment: "" },
      await newSigner(),
    );
    expect((await checkSignOffs(cleared)).at(-1)!.status).toBe("signed");
    const forged = structuredClone(cleared);
    forged.audit!.find((e) => e.tracking?.item === APPROVAL)!.tracking!.note = "Approval no. 118";
    forged.chain = await chainHead({ ...forged, fingerprint: forged.fingerprint! });
    // The chain is public, so it matches again; the clearance's signature covers the chain before it.
    expect(await checkIntegrity(forged)).toBeNull();
    expect((await checkSignOffs(forged)).at(-1)!.status).toBe("unverified");
    expect(historyRowOf(forged, await checkSignOffs(forged)).conditions).not.toHaveProperty("cleared");
  });

  it("a file's bytes swapped in storage are reported as altered", async () => {
    const a = await tradeFair();
    const ref = await addEvidence(a.id, { item: CONDITION, file: pdf(), name: "contract.pdf", by: "Li Lei" });
    await getDb().evidence.update(ref.id, { blob: pdf("a different letter!!") });
    expect((await readEvidence(a.id, [ref])).get(ref.id)).toMatchObject({ intact: false });
  });

  it("removing a file's content keeps its name and hash on record", async () => {
    const a = await tradeFair();
    const ref = await addEvidence(a.id, { item: CONDITION, file: pdf(), name: "contract.pdf", by: "Li Lei" });
    const after = await removeEvidence(a.id, ref.id, "Wang Fang", "Wrong file");
    expect(await getDb().evidence.get(ref.id)).toBeUndefined();
    const file = tracking(after).items.find((i) => i.key === CONDITION)!.evidence[0]!;
    expect(file.ref).toEqual(ref);
    expect(file.removed).toMatchObject({ by: "Wang Fang", note: "Wrong file" });
    await expect(removeEvidence(a.id, ref.id, "Wang Fang")).rejects.toEqual(
      new TrackingRefusedError("unknown_file"),
    );
  });

  it("refuses files past the limits with nothing written", async () => {
    const a = await tradeFair();
    const big = new Blob([new Uint8Array(25 * 1024 * 1024 + 1)]);
    await expect(
      addEvidence(a.id, { item: CONDITION, file: big, name: "big.bin", by: "Li Lei" }),
    ).rejects.toEqual(new EvidenceRefusedError("file_too_large"));
    await expect(
      addEvidence(a.id, { item: CONDITION, file: new Blob([]), name: "empty.txt", by: "Li Lei" }),
    ).rejects.toEqual(new EvidenceRefusedError("empty_file"));
    expect((await getAssessment(a.id))!.audit).toEqual(a.audit);
    expect(await getDb().evidence.count()).toBe(0);
  });

  it("a write refused for quota says so and loses nothing already stored", async () => {
    const a = await tradeFair();
    const first = await addEvidence(a.id, { item: CONDITION, file: pdf(), name: "one.pdf", by: "Li Lei" });
    const before = await getAssessment(a.id);
    const refused = Object.assign(new Error("quota"), { name: "QuotaExceededError" });
    const put = vi.spyOn(getDb().evidence, "put").mockRejectedValueOnce(refused);
    await expect(
      addEvidence(a.id, { item: CONDITION, file: pdf("two"), name: "two.pdf", by: "Li Lei" }),
    ).rejects.toEqual(new EvidenceRefusedError("quota"));
    put.mockRestore();
    expect(await getAssessment(a.id)).toEqual(before);
    expect((await readEvidence(a.id, [first])).get(first.id)).toMatchObject({ intact: true });
    expect(await getDb().evidence.count()).toBe(1);
  });

  it("deleting the assessment deletes its files, and Undo brings them back", async () => {
    const a = await tradeFair();
    const ref = await addEvidence(a.id, { item: CONDITION, file: pdf(), name: "one.pdf", by: "Li Lei" });
    const deleted = await deleteAssessment(a.id);
    expect(await getDb().evidence.count()).toBe(0);
    await undeleteAssessment(deleted!);
    expect((await readEvidence(a.id, [ref])).get(ref.id)).toMatchObject({ intact: true });
  });

  it("a declined verdict has nothing to track", async () => {
    const example = getExample("railway")!;
    const { answers } = migrateAnswersToCurrent(example.answeredOn, caseAnswers(example, "en"));
    const draft = await createDraft(CURRENT_CHECKLIST_VERSION, "basics", answers);
    const summary = evaluateRisk(getChecklist(CURRENT_CHECKLIST_VERSION), answers, { date: localDate() });
    const a = await completeAssessment(draft.id, answers, summary);
    expect(a.summary!.decision).toBe("decline");
    await expect(setItemStatus(a.id, { item: CONDITION, ...met })).rejects.toBeInstanceOf(
      TrackingRefusedError,
    );
    expect((await getDb().historyRows.get(a.id))!.conditions).toBeUndefined();
  });
});
