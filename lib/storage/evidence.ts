// Tracked conditions and approvals of a completed assessment (lib/tracking), and their evidence
// files, in this browser's IndexedDB. Every change is an audit entry appended to the record in the
// same transaction as the file's bytes (assessments.ts appendToCompleted: checked, then chained),
// so a status or file is on record exactly when its entry is, and a write IndexedDB refuses (the
// quota) changes nothing already stored.
import type { Assessment, EvidenceRef } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import type { Signer } from "@/lib/assessment/signature";
import {
  checkEvidenceLimits,
  detectType,
  EVIDENCE_LIMITS,
  EvidenceRefusedError,
  sanitiseFileName,
  sha256OfBytes,
} from "@/lib/tracking/evidence";
import {
  checkStatusChange,
  deriveTracking,
  evidenceEntry,
  type ItemStatusInput,
  statusEntry,
  storedEvidence,
  type TrackedKey,
  TrackingRefusedError,
} from "@/lib/tracking/model";

import { appendToCompleted, signOffAssessment, type SignOffInput } from "./assessments";
import { type EvidenceRow, getDb } from "./db";

function trackingOf(a: Assessment) {
  if (!a.summary) throw new TrackingRefusedError("not_tracked");
  return deriveTracking({ ...a, summary: a.summary }, localDate());
}

/** Sets a condition's or approval's status (checked: lib/tracking/model.ts checkStatusChange). */
export function setItemStatus(id: string, input: ItemStatusInput): Promise<Assessment> {
  return appendToCompleted(id, (a, at) => {
    const refusal = checkStatusChange(a.summary!, trackingOf(a), input, localDate());
    if (refusal) throw new TrackingRefusedError(refusal);
    return { audit: [...(a.audit ?? []), statusEntry(input, at)] };
  });
}

/** A new file, as the person chose it. */
export interface EvidenceInput {
  item: TrackedKey;
  file: Blob;
  name: string;
  by: string;
}

const isQuotaError = (error: unknown) =>
  error instanceof Error &&
  (error.name === "QuotaExceededError" ||
    (error as { inner?: { name?: string } }).inner?.name === "QuotaExceededError");

/**
 * Stores an evidence file for an item (or the assessment) of a completed assessment: its type
 * from its content, its SHA-256, its sanitised name, refused past the limits; the file and its
 * audit entry are written together or not at all.
 */
export async function addEvidence(id: string, input: EvidenceInput): Promise<EvidenceRef> {
  if (input.by.trim() === "") throw new TrackingRefusedError("who_missing");
  if (input.file.size === 0) throw new EvidenceRefusedError("empty_file");
  // Before reading it: a file past the limit is never loaded into memory.
  if (input.file.size > EVIDENCE_LIMITS.fileBytes) throw new EvidenceRefusedError("file_too_large");
  let bytes: ArrayBuffer;
  try {
    bytes = await input.file.arrayBuffer();
  } catch {
    throw new EvidenceRefusedError("unreadable");
  }
  const ref: EvidenceRef = {
    id: crypto.randomUUID(),
    sha256: await sha256OfBytes(bytes),
    name: sanitiseFileName(input.name),
    size: bytes.byteLength,
    type: detectType(new Uint8Array(bytes)),
  };
  const blob = new Blob([bytes], { type: ref.type });
  const db = getDb();
  try {
    await db.transaction("rw", [db.assessments, db.historyRows, db.evidence], async () => {
      await appendToCompleted(id, (a, at) => {
        const tracking = trackingOf(a);
        if (input.item !== "assessment" && !tracking.items.some((i) => i.key === input.item))
          throw new TrackingRefusedError("unknown_item");
        const limit = checkEvidenceLimits(
          ref.size,
          storedEvidence(tracking).map((f) => f.ref.size),
        );
        if (limit) throw new EvidenceRefusedError(limit);
        return {
          audit: [...(a.audit ?? []), evidenceEntry("evidence_added", input.item, ref, input.by, at)],
        };
      });
      const row: EvidenceRow = {
        ...ref,
        assessmentId: id,
        item: input.item,
        blob,
        addedAt: new Date().toISOString(),
      };
      await db.evidence.put(row);
    });
  } catch (error) {
    if (isQuotaError(error)) throw new EvidenceRefusedError("quota");
    throw error;
  }
  return ref;
}

/**
 * Removes a file's content; its entry (hash, name, who added it) stays on record, with who removed
 * it, when and why.
 */
export async function removeEvidence(
  id: string,
  fileId: string,
  by: string,
  note?: string,
): Promise<Assessment> {
  if (by.trim() === "") throw new TrackingRefusedError("who_missing");
  const db = getDb();
  return db.transaction("rw", [db.assessments, db.historyRows, db.evidence], async () => {
    const next = await appendToCompleted(id, (a, at) => {
      const file = storedEvidence(trackingOf(a)).find((f) => f.ref.id === fileId);
      if (!file) throw new TrackingRefusedError("unknown_file");
      return {
        audit: [...(a.audit ?? []), evidenceEntry("evidence_removed", file.item, file.ref, by, at, note)],
      };
    });
    await db.evidence.delete(fileId);
    return next;
  });
}

/** A stored file's bytes, and whether they still are what the audit trail recorded. */
export interface StoredEvidence {
  blob: Blob;
  /** The bytes' SHA-256 matches the recorded one (else the content was altered in storage). */
  intact: boolean;
}

/**
 * The content of each file of an assessment still stored, by file id, each checked against the
 * hash its audit entry recorded (a row whose hash or size differs, or that is missing, is reported).
 */
export async function readEvidence(
  id: string,
  refs: readonly EvidenceRef[],
): Promise<Map<string, StoredEvidence | null>> {
  const rows = await getDb().evidence.where("assessmentId").equals(id).toArray();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const result = new Map<string, StoredEvidence | null>();
  for (const ref of refs) {
    const row = byId.get(ref.id);
    if (!row || !(row.blob instanceof Blob)) {
      result.set(ref.id, null);
      continue;
    }
    const hash = await sha256OfBytes(await row.blob.arrayBuffer());
    result.set(ref.id, { blob: row.blob, intact: hash === ref.sha256 && row.blob.size === ref.size });
  }
  return result;
}

/** A clearance: the reviewer's signed sign-off "cleared", refused while an item is open. */
export function clearAssessment(
  id: string,
  input: Omit<SignOffInput, "decision">,
  signer: Signer,
): Promise<Assessment> {
  return signOffAssessment(id, { ...input, decision: "cleared" }, signer);
}

/** Every evidence row of an assessment (with the Blob handles, not their bytes). */
export function evidenceRowsOf(id: string): Promise<EvidenceRow[]> {
  return getDb().evidence.where("assessmentId").equals(id).toArray();
}
