import "fake-indexeddb/auto";

import { beforeEach, describe, expect, it } from "vitest";

import { fingerprint } from "@/lib/assessment/fingerprint";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

import {
  AssessmentFrozenError,
  completeAssessment,
  createDraft,
  deleteAssessment,
  getAssessment,
  listAssessments,
  reassessAssessment,
  signOffAssessment,
  undeleteAssessment,
  writeDraft,
} from "./assessments";
import { getDb } from "./db";

const summary = { level: "low", decision: "proceed" } as unknown as RiskSummary;

beforeEach(async () => {
  await getDb().assessments.clear();
});

describe("assessment storage", () => {
  it("creates a draft with a random id at the first step and reads it back", async () => {
    const a = await createDraft("2026.1", "basics");
    const b = await createDraft("2026.1", "basics");
    expect(a.id).not.toBe(b.id);
    expect(await getAssessment(a.id)).toEqual(a);
    expect(a).toMatchObject({ status: "draft", step: "basics", checklistVersion: "2026.1", answers: {} });
  });

  it("writes a draft's answers and step, the last write winning", async () => {
    const draft = await createDraft("2026.1", "basics");
    const at = "2030-01-01T00:00:00.000Z";
    await Promise.all([
      writeDraft({ ...draft, answers: { project_name: "Rail" }, step: "basics", updatedAt: at }),
      writeDraft({
        ...draft,
        answers: { project_name: "Rail survey", data_categories: ["radio"] },
        step: "data",
        updatedAt: at,
      }),
    ]);
    const saved = await getAssessment(draft.id);
    expect(saved?.answers).toEqual({ project_name: "Rail survey", data_categories: ["radio"] });
    expect(saved?.step).toBe("data");
  });

  it("freezes a completed assessment with its summary and fingerprint, and refuses later edits", async () => {
    const draft = await createDraft("2026.1", "basics");
    const done = await completeAssessment(draft.id, { project_name: "X" }, summary);
    expect(done.status).toBe("completed");
    expect(done.summary).toEqual(summary);
    expect(done.fingerprint).toBe(await fingerprint(done));
    await expect(writeDraft(done)).rejects.toBeInstanceOf(AssessmentFrozenError);
    await expect(completeAssessment(draft.id, {}, summary)).rejects.toBeInstanceOf(AssessmentFrozenError);
    expect(await getAssessment(draft.id)).toEqual(done);
  });

  it("lists newest first, by status, and deletes", async () => {
    const first = await createDraft("2026.1", "basics");
    const second = await createDraft("2026.1", "basics");
    await writeDraft({ ...first, step: "identity", updatedAt: new Date(Date.now() - 1000).toISOString() });
    await completeAssessment(second.id, {}, summary);
    expect((await listAssessments()).map((a) => a.id)).toEqual([second.id, first.id]);
    expect((await listAssessments("draft")).map((a) => a.id)).toEqual([first.id]);
    await deleteAssessment(first.id);
    expect(await getAssessment(first.id)).toBeUndefined();
  });

  it("rejects a stored record that does not have the assessment shape", async () => {
    await getDb().assessments.put({ id: "not-a-uuid" } as never);
    await expect(getAssessment("not-a-uuid")).rejects.toThrow();
  });
});

describe("review of completed assessments", () => {
  it("appends sign-offs to the audit trail without changing the fingerprint", async () => {
    const draft = await createDraft("2026.2", "basics");
    const done = await completeAssessment(draft.id, { assessor_name: "Li Wei" }, summary);
    const signed = await signOffAssessment(draft.id, {
      decision: "approved_with_conditions",
      name: "Zhang Min",
      role: "Legal counsel",
      comment: "Only with the payment route fixed.",
    });
    expect(signed.fingerprint).toBe(done.fingerprint);
    expect(await fingerprint(signed)).toBe(done.fingerprint);
    expect(signed.audit?.map((e) => e.action)).toEqual(["created", "completed", "signed_off"]);
    expect(signed.audit?.slice(0, 2)).toEqual(done.audit);
    expect(signed.reassessBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("undoes a delete by writing the very same record back", async () => {
    const draft = await createDraft("2026.2", "basics");
    const removed = await deleteAssessment(draft.id);
    expect(await getAssessment(draft.id)).toBeUndefined();
    await undeleteAssessment(removed!);
    expect(await getAssessment(draft.id)).toEqual(draft);
  });

  it("re-assesses onto the current checklist, linking the source and marking new questions", async () => {
    const draft = await createDraft("2026.1", "basics");
    await completeAssessment(draft.id, { project_name: "Rail", assessor_name: "Li Wei" }, summary);
    const before = await getAssessment(draft.id);
    const next = await reassessAssessment(draft.id);
    expect(next).toMatchObject({
      checklistVersion: "2026.3",
      status: "draft",
      reassessedFrom: draft.id,
      answers: { project_name: "Rail", assessor_name: "Li Wei" },
      // 2026.2's margins, then 2026.3's new and changed questions, in checklist order.
      reviewQuestions: [
        "work_kinds",
        "research_subjects_named",
        "barred_activity_performer",
        "locations_chosen_by",
        "expected_margin",
        "usual_margin",
      ],
    });
    // The source keeps its fingerprinted content and records where the re-assessment went.
    const source = await getAssessment(draft.id);
    expect(source?.audit?.at(-1)).toMatchObject({ action: "reassessed_to", by: "Li Wei", detail: next.id });
    expect(source?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(source?.fingerprint).toBe(before?.fingerprint);
    expect(source?.audit).toHaveLength((before?.audit?.length ?? 0) + 1);
  });
});
