// Repository for assessments in this browser's IndexedDB. Components call these functions (or
// the hooks built on them); nothing else touches the database. Everything read is parsed with
// restoreAssessment, so the rest of the app only sees the current Assessment shape.
//
// Every write puts the assessment and its history row (history-row.ts) in one transaction.
// Audit entries and sign-offs are only ever appended; they sit outside the fingerprint.
import {
  ASSESSMENT_SCHEMA_VERSION,
  type Assessment,
  type AuditEntry,
  restoreAssessment,
  type SignOff,
} from "@/lib/assessment/assessment";
import { defaultReassessBy } from "@/lib/assessment/dates";
import { engagementOf } from "@/lib/assessment/engagement";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";

import { getDb } from "./db";
import { type HistoryRow, historyRowOf } from "./history-row";

export class AssessmentNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No assessment with id ${id} in this browser`);
  }
}

export class AssessmentFrozenError extends Error {
  constructor(readonly id: string) {
    super(`Assessment ${id} is completed and cannot be changed`);
  }
}

export function newDraft(checklistVersion: string, firstStep: string, now = new Date()): Assessment {
  const at = now.toISOString();
  return {
    id: crypto.randomUUID(),
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    checklistVersion,
    status: "draft",
    answers: {},
    step: firstStep,
    createdAt: at,
    updatedAt: at,
    audit: [{ at, action: "created", by: "" }],
  };
}

/** Writes assessments and their history rows together (inside the caller's transaction if any). */
async function putWithRows(records: readonly Assessment[]): Promise<void> {
  const db = getDb();
  await db.transaction("rw", db.assessments, db.historyRows, async () => {
    await db.assessments.bulkPut([...records]);
    await db.historyRows.bulkPut(records.map(historyRowOf));
  });
}

export async function createDraft(checklistVersion: string, firstStep: string): Promise<Assessment> {
  const draft = newDraft(checklistVersion, firstStep);
  const db = getDb();
  await db.transaction("rw", db.assessments, db.historyRows, async () => {
    await db.assessments.add(draft);
    await db.historyRows.put(historyRowOf(draft));
  });
  return draft;
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  const raw = await getDb().assessments.get(id);
  return raw === undefined ? undefined : restoreAssessment(raw);
}

/**
 * Autosave's write: the whole draft the open form holds, as one `put` on the raw IndexedDB
 * connection, committed at once. It needs no further turn of the page's event loop, so a change
 * typed just before the tab closes still lands; and writes keep the order they were issued in.
 * There is no read-then-check here (that would need the page to live on), so a form that learns
 * its draft was completed elsewhere must stop calling this (see ASSESSMENT_EVENTS).
 */
export function writeDraft(draft: Assessment): Promise<void> {
  if (draft.status !== "draft") return Promise.reject(new AssessmentFrozenError(draft.id));
  const db = getDb();
  if (!db.isOpen()) return putWithRows([draft]);
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction(["assessments", "historyRows"], "readwrite", {
      durability: "relaxed",
    });
    tx.objectStore("assessments").put(draft);
    tx.objectStore("historyRows").put(historyRowOf(draft));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB write failed"));
    tx.onabort = () => reject(tx.error ?? new Error("IndexedDB write aborted"));
    tx.commit();
  });
}

/** Other tabs of this app hear when an assessment is completed, so their open forms stop saving. */
export const ASSESSMENT_EVENTS = "commission-check:assessments";
export type AssessmentEvent = { type: "completed"; id: string };

function announce(event: AssessmentEvent) {
  if (typeof BroadcastChannel === "undefined") return;
  const channel = new BroadcastChannel(ASSESSMENT_EVENTS);
  channel.postMessage(event);
  channel.close();
}

/** Freezes a draft with the summary that was shown and its fingerprint. */
export async function completeAssessment(
  id: string,
  answers: Answers,
  summary: RiskSummary,
): Promise<Assessment> {
  const current = await getAssessment(id);
  if (!current) throw new AssessmentNotFoundError(id);
  if (current.status !== "draft") throw new AssessmentFrozenError(id);
  const now = new Date();
  const completedAt = now.toISOString();
  const engagement = engagementOf(answers);
  const frozen: Assessment = {
    ...current,
    answers,
    status: "completed",
    step: "review",
    completedAt,
    updatedAt: completedAt,
    summary,
    reassessBy: defaultReassessBy(now, engagement.endDate),
    audit: [
      ...(current.audit ?? []),
      { at: completedAt, action: "completed", by: engagement.assessor ?? "" },
    ],
  };
  frozen.fingerprint = await fingerprint(frozen);
  const db = getDb();
  await db.transaction("rw", db.assessments, db.historyRows, async () => {
    const latest = await db.assessments.get(id);
    if (latest?.status !== "draft") throw new AssessmentFrozenError(id);
    await db.assessments.put(frozen);
    await db.historyRows.put(historyRowOf(frozen));
  });
  announce({ type: "completed", id });
  return frozen;
}

export async function listAssessments(status?: Assessment["status"]): Promise<Assessment[]> {
  const table = getDb().assessments;
  const rows = status ? await table.where("status").equals(status).toArray() : await table.toArray();
  return rows.map(restoreAssessment).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Rows of the history table, in storage order (the history sorts and filters them). */
export async function listHistoryRows(): Promise<HistoryRow[]> {
  return getDb().historyRows.toArray();
}

/** Deletes an assessment and returns the record, so that "Undo" can put it back unchanged. */
export async function deleteAssessment(id: string): Promise<Assessment | undefined> {
  const db = getDb();
  return db.transaction("rw", db.assessments, db.historyRows, async () => {
    const raw = await db.assessments.get(id);
    await db.assessments.delete(id);
    await db.historyRows.delete(id);
    return raw === undefined ? undefined : restoreAssessment(raw);
  });
}

/** Undo of a delete: writes the record exactly as it was. */
export async function undeleteAssessment(record: Assessment): Promise<void> {
  await putWithRows([restoreAssessment(record)]);
}

/** Appends to a completed assessment inside a transaction; never touches the fingerprinted fields. */
async function appendToCompleted(id: string, change: (a: Assessment, at: string) => Partial<Assessment>) {
  const db = getDb();
  return db.transaction("rw", db.assessments, db.historyRows, async () => {
    const raw = await db.assessments.get(id);
    if (raw === undefined) throw new AssessmentNotFoundError(id);
    const current = restoreAssessment(raw);
    if (current.status !== "completed") throw new AssessmentFrozenError(id);
    const at = new Date().toISOString();
    const next: Assessment = { ...current, ...change(current, at) };
    await db.assessments.put(next);
    await db.historyRows.put(historyRowOf(next));
    return next;
  });
}

export type SignOffInput = Omit<SignOff, "at">;

/** Records a reviewer's decision and appends it to the audit trail. */
export function signOffAssessment(id: string, input: SignOffInput): Promise<Assessment> {
  return appendToCompleted(id, (a, at) => {
    const entry: AuditEntry = {
      at,
      action: "signed_off",
      by: `${input.name} (${input.role})`,
      detail: input.decision,
    };
    return {
      signOffs: [...(a.signOffs ?? []), { ...input, at }],
      audit: [...(a.audit ?? []), entry],
    };
  });
}

/** Changes the re-assess-by date (YYYY-MM-DD) of a completed assessment, with an audit entry. */
export function setReassessBy(id: string, date: string, by: string): Promise<Assessment> {
  return appendToCompleted(id, (a, at) => ({
    reassessBy: date,
    audit: [...(a.audit ?? []), { at, action: "reassess_by_set", by, detail: date }],
  }));
}

/**
 * Re-assessment: a new draft on the current checklist version with the answers that still apply,
 * the questions that are new or changed marked for review, and a link to its source.
 */
export async function reassessAssessment(id: string): Promise<Assessment> {
  const source = await getAssessment(id);
  if (!source) throw new AssessmentNotFoundError(id);
  const migrated = migrateAnswersToCurrent(source.checklistVersion, source.answers);
  const checklist = getChecklist(CURRENT_CHECKLIST_VERSION);
  const draft = newDraft(CURRENT_CHECKLIST_VERSION, checklist.sections[0]?.id ?? "basics");
  const at = draft.createdAt;
  const assessor = engagementOf(source.answers).assessor ?? "";
  const next: Assessment = {
    ...draft,
    answers: migrated.answers,
    reassessedFrom: source.id,
    reviewQuestions: migrated.reviewQuestions,
    audit: [
      { at, action: "created", by: "" },
      { at, action: "reassessed_from", by: assessor, detail: source.id },
    ],
  };
  // The source's own trail says where it went; both writes land together or not at all.
  const db = getDb();
  await db.transaction("rw", db.assessments, db.historyRows, async () => {
    await putWithRows([next]);
    if (source.status === "completed") {
      await appendToCompleted(source.id, (a, when) => ({
        audit: [...(a.audit ?? []), { at: when, action: "reassessed_to", by: assessor, detail: next.id }],
      }));
    }
  });
  return next;
}
