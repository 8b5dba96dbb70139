import "fake-indexeddb/auto";

import { beforeEach, describe, expect, it } from "vitest";

import { chainHead } from "@/lib/assessment/chain";
import { localDate } from "@/lib/assessment/dates";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";

import { DamagedRecordError } from "@/lib/assessment/assessment";
import { newSigner } from "@/lib/assessment/signature";

import {
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
import { AssessmentFrozenError } from "./draft-events";
import { SCREENED } from "@/test/fixtures/screening/screened";

import { getDb } from "./db";
import { getDraftScreening, putDraftScreening } from "./screening-lists";

const summaryOf = (version: string, answers: Answers) =>
  evaluateRisk(getChecklist(version), answers, { date: localDate() });

/** What the form does: save the answers (one tab, nothing seen before), then complete. */
async function fillAndComplete(id: string, version: string, answers: Answers) {
  await writeDraft({ id, base: {}, changed: answers, step: "review" });
  return completeAssessment(id, answers, summaryOf(version, answers));
}

beforeEach(async () => {
  await getDb().assessments.clear();
  await getDb().historyRows.clear();
});

describe("assessment storage", () => {
  it("creates a draft with a random id at the first step and reads it back", async () => {
    const a = await createDraft("2026.1", "basics");
    const b = await createDraft("2026.1", "basics");
    expect(a.id).not.toBe(b.id);
    expect(await getAssessment(a.id)).toEqual(a);
    expect(a).toMatchObject({ status: "draft", step: "basics", checklistVersion: "2026.1", answers: {} });
  });

  it("writes a draft's answers and step in order, one tab's writes building on each other", async () => {
    const draft = await createDraft("2026.1", "basics");
    await Promise.all([
      writeDraft({ id: draft.id, base: {}, changed: { project_name: "Rail" }, step: "basics" }),
      writeDraft({
        id: draft.id,
        base: { project_name: "Rail" },
        changed: { project_name: "Rail survey", data_categories: ["radio"] },
        step: "data",
      }),
    ]);
    const saved = await getAssessment(draft.id);
    expect(saved?.answers).toEqual({ project_name: "Rail survey", data_categories: ["radio"] });
    expect(saved?.step).toBe("data");
  });

  it("freezes a completed assessment with its summary, fingerprint and chain, and refuses later edits", async () => {
    const draft = await createDraft("2026.1", "basics");
    const done = await fillAndComplete(draft.id, "2026.1", { project_name: "X" });
    expect(done.status).toBe("completed");
    expect(done.summary).toEqual(summaryOf("2026.1", { project_name: "X" }));
    expect(done.fingerprint).toBe(await fingerprint(done));
    expect(done.chain).toBe(await chainHead({ ...done, fingerprint: done.fingerprint! }));
    await expect(
      writeDraft({ id: draft.id, base: {}, changed: { project_name: "Y" }, step: "basics" }),
    ).rejects.toBeInstanceOf(AssessmentFrozenError);
    await expect(completeAssessment(draft.id, done.answers, done.summary!)).rejects.toBeInstanceOf(
      AssessmentFrozenError,
    );
    expect(await getAssessment(draft.id)).toEqual(done);
  });

  it("lists newest first, by status, and deletes", async () => {
    const first = await createDraft("2026.1", "basics");
    const second = await createDraft("2026.1", "basics");
    await writeDraft({ id: first.id, base: {}, changed: {}, step: "identity" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await fillAndComplete(second.id, "2026.1", {});
    expect((await listAssessments()).map((a) => a.id)).toEqual([second.id, first.id]);
    expect((await listAssessments("draft")).map((a) => a.id)).toEqual([first.id]);
    await deleteAssessment(first.id);
    expect(await getAssessment(first.id)).toBeUndefined();
  });

  it("rejects a stored record that does not have the assessment shape, naming it", async () => {
    await getDb().assessments.put({ id: "not-a-uuid" } as never);
    await expect(getAssessment("not-a-uuid")).rejects.toBeInstanceOf(DamagedRecordError);
    await expect(getAssessment("not-a-uuid")).rejects.toMatchObject({ id: "not-a-uuid" });
  });
});

describe("review of completed assessments", () => {
  it("appends sign-offs to the audit trail without changing the fingerprint", async () => {
    const draft = await createDraft("2026.2", "basics");
    const done = await fillAndComplete(draft.id, "2026.2", { assessor_name: "Li Wei" });
    const signed = await signOffAssessment(
      draft.id,
      {
        decision: "approved_with_conditions",
        name: "Zhang Min",
        role: "Legal counsel",
        comment: "Only with the payment route fixed.",
      },
      await newSigner(),
    );
    expect(signed.fingerprint).toBe(done.fingerprint);
    expect(await fingerprint(signed)).toBe(done.fingerprint);
    expect(signed.audit?.map((e) => e.action)).toEqual(["created", "completed", "signed_off"]);
    expect(signed.audit?.slice(0, 2)).toEqual(done.audit);
    expect(signed.reassessBy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("deleting a draft deletes its screening record too, and Undo puts both back", async () => {
    const draft = await createDraft("2026.3", "identity");
    await putDraftScreening(draft.id, SCREENED);
    const removed = await deleteAssessment(draft.id);
    expect(await getDraftScreening(draft.id)).toBeUndefined();
    expect(removed?.screening).toEqual(SCREENED);
    await undeleteAssessment(removed!);
    expect(await getAssessment(draft.id)).toEqual(draft);
    expect(await getDraftScreening(draft.id)).toEqual(SCREENED);
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
    await fillAndComplete(draft.id, "2026.1", { project_name: "Rail", assessor_name: "Li Wei" });
    const before = await getAssessment(draft.id);
    const next = await reassessAssessment(draft.id);
    expect(next).toMatchObject({
      checklistVersion: "2026.4",
      status: "draft",
      reassessedFrom: draft.id,
      answers: { project_name: "Rail", assessor_name: "Li Wei" },
      // The questions new or changed in 2026.2, 2026.3 and 2026.4, in checklist order.
      reviewQuestions: [
        "work_kinds",
        "funder_type",
        "research_subjects_named",
        "scope_additions",
        "barred_activity_performer",
        "locations_chosen_by",
        "deliverable_destination",
        "storage_location",
        "expected_margin",
        "usual_margin",
        "filming_permits",
      ],
    });
    // The source keeps its fingerprinted content and records where the re-assessment went.
    const source = await getAssessment(draft.id);
    expect(source?.audit?.at(-1)).toMatchObject({ action: "reassessed_to", by: "Li Wei", detail: next.id });
    expect(source?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(source?.fingerprint).toBe(before?.fingerprint);
    expect(source?.audit).toHaveLength((before?.audit?.length ?? 0) + 1);
  });

  it("carries over which answers came from the client's letter, while they stand unchanged", async () => {
    const draft = await createDraft("2026.3", "basics");
    const letter = { kind: "client_letter", date: "2026-11-20" } as const;
    await writeDraft({
      id: draft.id,
      base: {},
      changed: { project_name: "Rail", client_name: "Acme", end_client_disclosure: "named_in_writing" },
      step: "identity",
      answerSources: {
        client_name: { ...letter, answer: "Acme" },
        end_client_disclosure: { ...letter, answer: "named_in_writing" },
      },
    });
    const next = await reassessAssessment(draft.id, { client_name: "Acme Ltd" });
    expect(next.answerSources).toEqual({ end_client_disclosure: { ...letter, answer: "named_in_writing" } });
    expect((await getAssessment(next.id))?.answerSources).toEqual(next.answerSources);
  });
});
