// lib/storage's public module: everything the app stores in this browser goes through these
// functions, and components import nothing else of lib/storage (ESLint enforces it). Each call
// picks its own path: the pages' first reads and a new draft go straight to IndexedDB
// (quick-read.ts, quick-create.ts), without Dexie; every other write, and a read only Dexie can
// answer (no current database yet, or autosave's journal holds edits to apply first), loads Dexie
// and the rest of lib/storage (behind-dexie.ts) with one import() at that moment. So what this module
// imports statically stays small and free of Dexie: the size budget (scripts/size-budget.mjs)
// fails a build that puts Dexie in a page's first load.
import type { Assessment } from "@/lib/assessment/assessment";
import type { Signer } from "@/lib/assessment/signature";
import type { Answers } from "@/lib/checklist/types";
import type { RiskSummary } from "@/lib/risk/evaluate-risk";
import type { ScreeningRecord } from "@/lib/screening/record";

import type { EvidenceRef } from "@/lib/assessment/assessment";
import type { ItemStatusInput } from "@/lib/tracking/model";

import type { SignOffInput } from "./assessments";
import type { EvidenceInput, StoredEvidence } from "./evidence";
import type { DraftEdit, JournalledEdit } from "./draft-events";
import type { ImportError } from "./exchange";
import type { ExportedFile } from "./export-messages";
import type { HistoryRow } from "./history-row";
import type { Importer } from "./importer";
import { listRecentDrafts as readRecentDrafts, readHistoryRows, readStoredAssessment } from "./quick-read";
import type { RegisterDecision } from "./register-decision";

export {
  ASSESSMENT_EVENTS,
  type AssessmentEvent,
  AssessmentChangedError,
  AssessmentFrozenError,
  AssessmentNotFoundError,
  type DraftEdit,
  journalEdit,
  type JournalledEdit,
  type Overwritten,
  ScreeningDisagreesError,
  THIS_TAB,
} from "./draft-events";
export type { DuplicateChoice, ImportError } from "./exchange";
export { exportFileName, plainExport } from "./export-file";
export type { ExportedFile } from "./export-messages";
export type { HistoryRow } from "./history-row";
export { type HistoryReads, startHistoryReads } from "./history-reads";
export type { Importer, ImportResult } from "./importer";
export type { SignOffInput } from "./assessments";
export type { EvidenceInput, StoredEvidence } from "./evidence";
export type { TrustedReviewer } from "./signing-keys";
export { type RegisterDecision, registerDecisionId } from "./register-decision";

/** This device's signing key and the trusted reviewers (their own small database, no Dexie). */
export const signingKeys = () => import("./signing-keys");

let loading: ReturnType<typeof loadWrites> | undefined;
const loadWrites = () => import("./behind-dexie");
/**
 * Dexie and the writes, loaded once, when first needed (again after a failed load). Every caller
 * waits on the same load, so writes asked for in order start in that order (autosave's edits).
 */
function writes() {
  const load = (loading ??= loadWrites());
  load.catch(() => (loading = undefined));
  return load;
}

// ---------------------------------------------------------------------------------------------
// Reads.

/**
 * One stored assessment, parsed (a damaged record throws DamagedRecordError); undefined when it
 * is not stored.
 */
export async function readAssessment(id: string): Promise<Assessment | undefined> {
  const stored = await readStoredAssessment(id);
  if (stored === undefined) return (await writes()).getAssessment(id);
  if (stored === null) return undefined;
  const { restoreAssessment } = await import("@/lib/assessment/assessment");
  return restoreAssessment(stored);
}

/**
 * Every history row, in storage order (the history sorts and filters them), each checked
 * (row-check.ts): a malformed or altered row comes back damaged, never as stored.
 */
export async function listHistory(): Promise<HistoryRow[]> {
  const checking = import("./row-check");
  const rows = (await readHistoryRows()) ?? (await (await writes()).listHistoryRows());
  return (await checking).checkRows(rows);
}

/**
 * The `limit` most recently changed drafts, newest first, and how many drafts there are (the home
 * page's list), each row checked as listHistory's are.
 */
export async function listRecentDrafts(limit: number): Promise<{ rows: HistoryRow[]; total: number }> {
  const checking = import("./row-check");
  const { rows, total } = await readRecentDrafts(limit);
  return { rows: (await checking).checkRows(rows), total };
}

/** The answers of the assessments with these ids, in order; undefined for one not stored or damaged. */
export async function readAnswersOf(ids: readonly string[]): Promise<(Answers | undefined)[]> {
  return (await writes()).getAnswersOf(ids);
}

// ---------------------------------------------------------------------------------------------
// Writes.

/** A new draft that already holds `answers` (a worked example's copy), stored in this browser. */
export async function startDraftWith(
  checklistVersion: string,
  firstStep: string,
  answers: Answers,
): Promise<Assessment> {
  return (await writes()).createDraft(checklistVersion, firstStep, answers);
}

/** A new, empty draft on `checklistVersion`, stored in this browser, opening at `firstStep`. */
export async function startDraft(checklistVersion: string, firstStep: string): Promise<Assessment> {
  return (await import("./quick-create")).startDraft(checklistVersion, firstStep);
}

/** An edit of a draft: journalled at once, then written (see assessments.ts writeDraft). */
export async function saveEdit(edit: DraftEdit) {
  return (await writes()).writeDraft(edit);
}

/** The second half of autosave's write, for an edit the form journalled on the keystroke itself. */
export async function saveJournalledEdit(edit: JournalledEdit) {
  return (await writes()).applyJournalledEdit(edit);
}

/** Freezes a draft with the summary that was shown (refused if its answers changed meanwhile). */
export async function completeDraft(id: string, answers: Answers, summary: RiskSummary): Promise<Assessment> {
  return (await writes()).completeAssessment(id, answers, summary);
}

export async function signOff(id: string, input: SignOffInput, signer: Signer): Promise<Assessment> {
  return (await writes()).signOffAssessment(id, input, signer);
}

export async function setReassessBy(id: string, date: string, by: string): Promise<Assessment> {
  return (await writes()).setReassessBy(id, date, by);
}

/** A new draft on the current checklist from a stored assessment; `changes` replace answers. */
export async function reassess(id: string, changes?: Answers): Promise<Assessment> {
  return (await writes()).reassessAssessment(id, changes);
}

/** Deletes an assessment; gives back what Undo writes (restore). */
export async function deleteAssessment(id: string): Promise<Assessment | undefined> {
  return (await writes()).deleteAssessment(id);
}

export async function restoreDeleted(record: Assessment): Promise<void> {
  return (await writes()).undeleteAssessment(record);
}

// ---------------------------------------------------------------------------------------------
// Exchange files.

/** An import of an exchange file, checked and written in a worker (importer.ts). */
export async function createImporter(onProgress: (done: number, total: number) => void): Promise<Importer> {
  return (await writes()).createImporter(onProgress);
}

/** The error as an ImportError (with its code for the message), or null for any other failure. */
export async function importErrorOf(error: unknown): Promise<ImportError | null> {
  const { ImportError } = await writes();
  return error instanceof ImportError ? error : null;
}

/**
 * The stored assessments with these ids as one export file, encrypted when a passphrase is given,
 * made in a worker; `onProgress(done, total)` as the records are read.
 */
export async function exportAssessments(
  ids: readonly string[],
  passphrase: string | undefined,
  onProgress: (done: number, total: number) => void,
): Promise<ExportedFile> {
  return (await writes()).exportInWorker(ids, passphrase, onProgress);
}

// ---------------------------------------------------------------------------------------------
// Screening lists and a draft's screening record.

export async function listScreeningLists() {
  return (await writes()).listScreeningLists();
}

export async function deleteScreeningList(id: string): Promise<void> {
  return (await writes()).deleteScreeningList(id);
}

export async function getDraftScreening(assessmentId: string): Promise<ScreeningRecord | undefined> {
  return (await writes()).getDraftScreening(assessmentId);
}

export async function putDraftScreening(assessmentId: string, record: ScreeningRecord): Promise<void> {
  return (await writes()).putDraftScreening(assessmentId, record);
}

// ---------------------------------------------------------------------------------------------
// Tracked conditions and approvals, and their evidence files (lib/tracking; evidence.ts).

/** Sets a condition's or approval's status; refused (TrackingRefusedError) when the change is not allowed. */
export async function setItemStatus(id: string, input: ItemStatusInput): Promise<Assessment> {
  return (await writes()).setItemStatus(id, input);
}

/**
 * Stores an evidence file with its audit entry; refused (EvidenceRefusedError) past a limit or the
 * browser's quota, with nothing written.
 */
export async function addEvidence(id: string, input: EvidenceInput): Promise<EvidenceRef> {
  return (await writes()).addEvidence(id, input);
}

/** Removes a file's content; its hash and name stay on record. */
export async function removeEvidence(
  id: string,
  fileId: string,
  by: string,
  note?: string,
): Promise<Assessment> {
  return (await writes()).removeEvidence(id, fileId, by, note);
}

/** The stored content of these files, each checked against its recorded hash (null: not stored). */
export async function readEvidence(
  id: string,
  refs: readonly EvidenceRef[],
): Promise<Map<string, StoredEvidence | null>> {
  return (await writes()).readEvidence(id, refs);
}

/** The reviewer's signed clearance; refused while an item is open. */
export async function clearAssessment(
  id: string,
  input: Omit<SignOffInput, "decision">,
  signer: Signer,
): Promise<Assessment> {
  return (await writes()).clearAssessment(id, input, signer);
}

/** How much this browser lets the app store, and whether it keeps it under storage pressure. */
export interface StorageUse {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

export async function storageUse(): Promise<StorageUse> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage) return {};
  const [estimate, persisted] = await Promise.all([
    storage.estimate?.().catch(() => undefined),
    storage.persisted?.().catch(() => undefined),
  ]);
  return { usage: estimate?.usage, quota: estimate?.quota, persisted };
}

/**
 * Asks the browser to keep this app's data under storage pressure (asked when the first evidence
 * file is added); the answer, or undefined where the browser cannot be asked.
 */
export async function askPersistentStorage(): Promise<boolean | undefined> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage?.persist) return undefined;
  if (await storage.persisted?.().catch(() => false)) return true;
  return storage.persist().catch(() => undefined);
}

// Earlier engagements (lib/register): confirmed and dismissed matches.

export async function listRegisterDecisions() {
  return (await writes()).listRegisterDecisions();
}

export async function putRegisterDecision(decision: RegisterDecision): Promise<void> {
  return (await writes()).putRegisterDecision(decision);
}

export async function removeRegisterDecision(id: string): Promise<void> {
  return (await writes()).removeRegisterDecision(id);
}
