// Repository for assessments in this browser's IndexedDB. Components call these functions (or
// the hooks built on them); nothing else touches the database. Everything read is parsed with
// restoreAssessment, so the rest of the app only sees the current Assessment shape.
import { ASSESSMENT_SCHEMA_VERSION, type Assessment, restoreAssessment } from "@/lib/assessment/assessment";
import { fingerprint } from "@/lib/assessment/fingerprint";
import type { Answers } from "@/lib/checklist/types";
import type { RiskSummary } from "@/lib/risk/evaluate";

import { getDb } from "./db";

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
  };
}

export async function createDraft(checklistVersion: string, firstStep: string): Promise<Assessment> {
  const draft = newDraft(checklistVersion, firstStep);
  await getDb().assessments.add(draft);
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
  if (!db.isOpen()) return db.assessments.put(draft).then(() => undefined);
  return new Promise((resolve, reject) => {
    const tx = db.backendDB().transaction("assessments", "readwrite", { durability: "relaxed" });
    tx.objectStore("assessments").put(draft);
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
  const completedAt = new Date().toISOString();
  const frozen: Assessment = {
    ...current,
    answers,
    status: "completed",
    step: "review",
    completedAt,
    updatedAt: completedAt,
    summary,
  };
  frozen.fingerprint = await fingerprint(frozen);
  const db = getDb();
  await db.transaction("rw", db.assessments, async () => {
    const latest = await db.assessments.get(id);
    if (latest?.status !== "draft") throw new AssessmentFrozenError(id);
    await db.assessments.put(frozen);
  });
  announce({ type: "completed", id });
  return frozen;
}

export async function listAssessments(status?: Assessment["status"]): Promise<Assessment[]> {
  const table = getDb().assessments;
  const rows = status ? await table.where("status").equals(status).toArray() : await table.toArray();
  return rows.map(restoreAssessment).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export async function deleteAssessment(id: string): Promise<void> {
  await getDb().assessments.delete(id);
}
