// Assessments in this browser's IndexedDB, through Dexie. The app reaches these functions through
// lib/storage's public module (index.ts), which loads this module when something is written.
// Everything read is parsed with restoreAssessment, so the rest of the app only sees the current
// Assessment shape.
//
// Every write puts the assessment and its history row (history-row.ts) in one transaction, the
// row derived from the record as parsed (restoreAssessment), never from anything else.
// Audit entries and sign-offs are only ever appended; they sit outside the fingerprint.
import Dexie from "dexie";

import {
  type Assessment,
  DamagedRecordError,
  type AuditEntry,
  restoreAssessment,
  SEAL_VERSION,
  type SignOff,
} from "@/lib/assessment/assessment";
import { chainHead } from "@/lib/assessment/chain";
import { defaultReassessBy, localDate } from "@/lib/assessment/dates";
import { engagementOf } from "@/lib/assessment/engagement";
import { canonicalJson } from "@/lib/assessment/canonical-json";
import { fingerprint } from "@/lib/assessment/fingerprint";
import { checkIntegrity, type IntegrityProblem, screeningAgrees } from "@/lib/assessment/integrity";
import { checkSignOffs, type Signer, signSignOff } from "@/lib/assessment/signature";
import { migrateAnswersToCurrent } from "@/lib/checklist/migrations/migrate";
import { CURRENT_CHECKLIST_VERSION, getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";
import { clientAnswers } from "@/lib/assessment/answer-sources";
import { evaluateRisk, type RiskSummary } from "@/lib/risk/evaluate-risk";
import { deriveTracking, TrackingRefusedError } from "@/lib/tracking/model";

import { type EvidenceRow, getDb } from "./db";
import { newDraft } from "./new-draft";
import {
  announce,
  AssessmentChangedError,
  AssessmentFrozenError,
  AssessmentNotFoundError,
  type DraftEdit,
  type JournalledEdit,
  journalEdit,
  type Overwritten,
  ScreeningDisagreesError,
  THIS_TAB,
} from "./draft-events";
import { historyRowOf } from "./history-row";
import { forgetJournal, journalled, sequenceOf, tabOf, written } from "./journal";
import { getDraftScreening, putDraftScreening, screeningDraftsTable } from "./screening-lists";

export { newDraft } from "./new-draft";

/** A completed record whose trail or verdict does not match: nothing is appended to it. */
export class IntegrityError extends Error {
  constructor(
    readonly id: string,
    readonly problem: IntegrityProblem,
  ) {
    super(`Assessment ${id} does not match its own content (${problem})`);
    this.name = "IntegrityError";
  }
}

/** Writes assessments and their history rows together (inside the caller's transaction if any). */
async function putWithRows(records: readonly Assessment[]): Promise<void> {
  const checks = await Promise.all(records.map(checkSignOffs));
  const db = getDb();
  await db.transaction("rw", db.assessments, db.historyRows, async () => {
    await db.assessments.bulkPut([...records]);
    await db.historyRows.bulkPut(records.map((r, i) => historyRowOf(r, checks[i])));
  });
}

/** A new draft in this browser; `answers` prefill it (an example copied into my assessments). */
export async function createDraft(
  checklistVersion: string,
  firstStep: string,
  answers: Answers = {},
): Promise<Assessment> {
  const draft = restoreAssessment({ ...newDraft(checklistVersion, firstStep), answers });
  const db = getDb();
  await db.transaction("rw", db.assessments, db.historyRows, async () => {
    await db.assessments.add(draft);
    await db.historyRows.put(historyRowOf(draft));
  });
  return draft;
}

export async function getAssessment(id: string): Promise<Assessment | undefined> {
  await applyPendingEdits(id);
  const raw = await getDb().assessments.get(id);
  return raw === undefined ? undefined : restoreAssessment(raw);
}

/**
 * The answers of the stored assessments with these ids, in order (the compliance register words
 * its engagement facts from them); undefined for one not stored or damaged, which the caller
 * shows from its history row instead.
 */
export async function getAnswersOf(ids: readonly string[]): Promise<(Answers | undefined)[]> {
  const raws = await getDb().assessments.bulkGet([...ids]);
  return raws.map((raw) => {
    if (raw === undefined) return undefined;
    try {
      return restoreAssessment(raw).answers;
    } catch (error) {
      if (error instanceof DamagedRecordError) return undefined;
      throw error;
    }
  });
}

const sameValue = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);

/** Merges an edit into the stored draft (inside the caller's transaction). */
async function applyEdit(edit: DraftEdit): Promise<{ stored: Assessment; overwritten: Overwritten[] }> {
  const db = getDb();
  const raw = await db.assessments.get(edit.id);
  if (raw === undefined) throw new AssessmentNotFoundError(edit.id);
  const current = restoreAssessment(raw);
  if (current.status !== "draft") throw new AssessmentFrozenError(edit.id);
  const answers: Answers = { ...current.answers };
  const overwritten: Overwritten[] = [];
  for (const [question, value] of Object.entries(edit.changed)) {
    const stored = current.answers[question];
    if (!sameValue(stored, edit.base[question]) && !sameValue(stored, value))
      overwritten.push({ question, replaced: stored, by: value });
    if (value === undefined) delete answers[question];
    else answers[question] = value;
  }
  const next = restoreAssessment({
    ...current,
    answers,
    ...(edit.answerSources ? { answerSources: edit.answerSources } : {}),
    step: edit.step,
    updatedAt: new Date().toISOString(),
  });
  await db.assessments.put(next);
  await db.historyRows.put(historyRowOf(next));
  return { stored: next, overwritten };
}

/**
 * Applies journalled edits that never reached their draft (the tab closed or the browser died
 * between the two halves of a save), oldest first; an edit at or below its tab's applied
 * sequence is already in the draft, and edits to a draft completed since are dropped. Edits
 * journalled in IndexedDB (pendingEdits) by an earlier release of the app are applied the same way.
 */
export async function applyPendingEdits(id: string): Promise<void> {
  const db = getDb();
  const local = journalled(id);
  if (local.edits.length === 0 && (await db.pendingEdits.where("id").equals(id).count()) === 0) return;
  await db.transaction("rw", [db.assessments, db.historyRows, db.pendingEdits, db.appliedEdits], async () => {
    const earlier = await db.pendingEdits.where("id").equals(id).toArray();
    const edits = [...earlier, ...local.edits].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const marks = await db.appliedEdits.where("id").equals(id).toArray();
    const done = new Map(marks.map((m) => [m.key, m.sequence]));
    for (const edit of edits) {
      if (sequenceOf(edit.key) <= (done.get(`${id}:${tabOf(edit.key)}`) ?? -1)) continue;
      try {
        await applyEdit(edit);
      } catch (error) {
        if (!(error instanceof AssessmentFrozenError || error instanceof DamagedRecordError)) throw error;
      }
    }
    await db.pendingEdits.bulkDelete(earlier.map((e) => e.key));
    await db.appliedEdits.bulkDelete(marks.map((m) => m.key));
  });
  local.remove();
}

/**
 * Autosave's write, in two halves. First the journal (journal.ts journalEdit), which leaves the
 * page at once. Then read-check-write in one transaction (applyJournalledEdit), which also records
 * this tab's applied sequence: a completed (or damaged) record is never written by a draft save,
 * and only the answers this tab changed are written, on top of what is stored now, so two tabs on
 * one draft merge per answer. Where another tab changed the same answer since this tab last saw
 * it, this (later) write wins and the replaced value is reported, to be shown to the other tab
 * (ASSESSMENT_EVENTS). The form journals on the keystroke itself and loads this module for the
 * second half (use-autosave.ts); both halves here are for every other caller.
 */
export function writeDraft(edit: DraftEdit): Promise<{ stored: Assessment; overwritten: Overwritten[] }> {
  return applyJournalledEdit(journalEdit(edit));
}

/** The second half of a draft's save: the journalled edit written to IndexedDB, then announced. */
export async function applyJournalledEdit({
  edit,
  sequence,
}: JournalledEdit): Promise<{ stored: Assessment; overwritten: Overwritten[] }> {
  const db = getDb();
  const result = await db.transaction("rw", db.assessments, db.historyRows, db.appliedEdits, async () => {
    const stored = await applyEdit(edit);
    await db.appliedEdits.put({ key: `${edit.id}:${THIS_TAB}`, id: edit.id, sequence });
    return stored;
  });
  written(edit.id, THIS_TAB, sequence);
  announce({
    type: "saved",
    id: edit.id,
    at: result.stored.updatedAt,
    changed: edit.changed,
    overwritten: result.overwritten,
  });
  return result;
}

/**
 * Freezes a draft with the summary that was shown, its fingerprint and its chain, in one
 * read-check-write transaction: only a draft whose stored answers are the ones shown (another
 * tab may have changed them since) and whose summary is the engine's for them is completed.
 */
export async function completeAssessment(
  id: string,
  answers: Answers,
  summary: RiskSummary,
): Promise<Assessment> {
  const now = new Date();
  const completedAt = now.toISOString();
  const engagement = engagementOf(answers);
  const screening = await getDraftScreening(id);
  const db = getDb();
  const frozen = await db.transaction("rw", db.assessments, db.historyRows, async () => {
    const raw = await db.assessments.get(id);
    if (raw === undefined) throw new AssessmentNotFoundError(id);
    const current = restoreAssessment(raw);
    if (current.status !== "draft") throw new AssessmentFrozenError(id);
    if (!sameValue(current.answers, answers)) throw new AssessmentChangedError(id);
    const expected = evaluateRisk(getChecklist(current.checklistVersion), current.answers, {
      date: summary.date,
    });
    if (!sameValue(expected, summary)) throw new AssessmentChangedError(id);
    const record: Assessment = {
      ...current,
      sealVersion: SEAL_VERSION,
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
    // WebCrypto's digest is not an IndexedDB request; Dexie keeps the transaction alive across it.
    if (screening) record.screening = screening;
    // The answers must say what the screening found (the identity step writes them so; an answer
    // edited afterwards by hand would contradict the record the summary shows).
    if (!screeningAgrees(record)) throw new ScreeningDisagreesError(id);
    record.fingerprint = await Dexie.waitFor(fingerprint(record));
    record.chain = await Dexie.waitFor(chainHead({ ...record, fingerprint: record.fingerprint }));
    const checked = restoreAssessment(record);
    await db.assessments.put(checked);
    await db.historyRows.put(historyRowOf(checked));
    return checked;
  });
  announce({ type: "completed", id });
  return frozen;
}

export async function listAssessments(status?: Assessment["status"]): Promise<Assessment[]> {
  const table = getDb().assessments;
  const rows = status ? await table.where("status").equals(status).toArray() : await table.toArray();
  return rows.map(restoreAssessment).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

/** Rows of the history table as stored, in storage order: unchecked (index.ts checks them). */
export async function listHistoryRows(): Promise<unknown[]> {
  return getDb().historyRows.toArray();
}

/**
 * The evidence files of deleted assessments, by the record deleteAssessment returned, for "Undo":
 * their Blob handles only (the browser keeps a stored Blob readable while it is referenced).
 */
const deletedEvidence = new WeakMap<Assessment, EvidenceRow[]>();

/**
 * Deletes an assessment, with a draft's screening record and its evidence files, and returns the
 * record (a draft's screening record inside it, as in an export file) so that "Undo" can put them
 * back unchanged.
 */
export async function deleteAssessment(id: string): Promise<Assessment | undefined> {
  forgetJournal(id);
  const db = getDb();
  const drafts = screeningDraftsTable();
  return db.transaction("rw", [db.assessments, db.historyRows, drafts, db.evidence], async () => {
    const raw = await db.assessments.get(id);
    const screening = await drafts.get(id);
    const files = await db.evidence.where("assessmentId").equals(id).toArray();
    await db.assessments.delete(id);
    await db.historyRows.delete(id);
    await drafts.delete(id);
    await db.evidence.bulkDelete(files.map((f) => f.id));
    if (raw === undefined) return undefined;
    // A record that no longer parses is deleted all the same (the history offers it as damaged);
    // there is nothing sound to put back, so no undo.
    let record: Assessment;
    try {
      record = restoreAssessment(raw);
    } catch (error) {
      if (error instanceof DamagedRecordError) return undefined;
      throw error;
    }
    const deleted =
      screening && record.status === "draft" ? { ...record, screening: screening.record } : record;
    if (files.length > 0) deletedEvidence.set(deleted, files);
    return deleted;
  });
}

/** Undo of a delete: writes the record exactly as it was (a draft's screening record to its store,
 *  a completed one's evidence files back to theirs). */
export async function undeleteAssessment(record: Assessment): Promise<void> {
  const { screening, ...draft } = record;
  const files = deletedEvidence.get(record) ?? [];
  const db = getDb();
  await db.transaction(
    "rw",
    [db.assessments, db.historyRows, screeningDraftsTable(), db.evidence],
    async () => {
      if (record.status !== "draft" || !screening) await putWithRows([restoreAssessment(record)]);
      else {
        await putWithRows([restoreAssessment(draft)]);
        await putDraftScreening(record.id, screening);
      }
      await db.evidence.bulkPut(files);
    },
  );
}

/**
 * Appends to a completed assessment inside a transaction; never touches the fingerprinted fields.
 * A record that does not match its answers, fingerprint or chain is refused; the chain is
 * extended over the new trail (and started, for a record completed before the chain existed).
 */
export async function appendToCompleted(
  id: string,
  change: (a: Assessment, at: string) => Partial<Assessment> | Promise<Partial<Assessment>>,
) {
  const db = getDb();
  return db.transaction("rw", db.assessments, db.historyRows, async () => {
    const raw = await db.assessments.get(id);
    if (raw === undefined) throw new AssessmentNotFoundError(id);
    const current = restoreAssessment(raw);
    if (current.status !== "completed") throw new AssessmentFrozenError(id);
    const problem = await Dexie.waitFor(checkIntegrity(current));
    if (problem) throw new IntegrityError(id, problem);
    const at = new Date().toISOString();
    const changed: Assessment = { ...current, ...(await Dexie.waitFor(change(current, at))) };
    changed.chain = await Dexie.waitFor(chainHead({ ...changed, fingerprint: current.fingerprint! }));
    // Parsed before it is written, so its history row derives from a valid record.
    const next = restoreAssessment(changed);
    const checks = await Dexie.waitFor(checkSignOffs(next));
    await db.assessments.put(next);
    await db.historyRows.put(historyRowOf(next, checks));
    return next;
  });
}

export type SignOffInput = Omit<SignOff, "at" | "signature">;

/**
 * Records a reviewer's decision, signed with the device's key (signature.ts) over the record's
 * fingerprint and its chain head before this sign-off, and appends it to the audit trail.
 */
export function signOffAssessment(id: string, input: SignOffInput, signer: Signer): Promise<Assessment> {
  return appendToCompleted(id, async (a, at) => {
    // A clearance only when every condition and approval is met, waived or not needed (lib/tracking).
    if (input.decision === "cleared" && !deriveTracking({ ...a, summary: a.summary! }, localDate()).clearable)
      throw new TrackingRefusedError("not_clearable");
    const entry: AuditEntry = {
      at,
      action: "signed_off",
      by: `${input.name} (${input.role})`,
      detail: input.decision,
    };
    const head = a.chain ?? (await chainHead({ ...a, fingerprint: a.fingerprint! }));
    const signature = await signSignOff(signer, a.fingerprint!, { ...input, at }, head);
    return {
      signOffs: [...(a.signOffs ?? []), { ...input, at, signature }],
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
 * the questions that are new or changed marked for review, and a link to its source. `changes`
 * (e.g. a narrower scope from "what would change the verdict") replace answers and are marked too.
 */
export async function reassessAssessment(id: string, changes: Answers = {}): Promise<Assessment> {
  const source = await getAssessment(id);
  if (!source) throw new AssessmentNotFoundError(id);
  const migrated = migrateAnswersToCurrent(source.checklistVersion, source.answers);
  const checklist = getChecklist(CURRENT_CHECKLIST_VERSION);
  const draft = newDraft(CURRENT_CHECKLIST_VERSION, checklist.sections[0]?.id ?? "basics");
  const at = draft.createdAt;
  const assessor = engagementOf(source.answers).assessor ?? "";
  const answers = { ...migrated.answers, ...changes };
  // An answer carried over unchanged from the client's letter still says it came from there.
  const sources = Object.fromEntries(clientAnswers(answers, source.answerSources));
  const next: Assessment = {
    ...draft,
    answers,
    ...(Object.keys(sources).length > 0 ? { answerSources: sources } : {}),
    reassessedFrom: source.id,
    reviewQuestions: [
      ...migrated.reviewQuestions,
      ...Object.keys(changes).filter((q) => !migrated.reviewQuestions.includes(q)),
    ],
    audit: [
      { at, action: "created", by: "" },
      { at, action: "reassessed_from", by: assessor, detail: source.id },
    ],
  };
  // The source's own trail says where it went; both writes land together or not at all.
  const db = getDb();
  await db.transaction("rw", db.assessments, db.historyRows, async () => {
    await putWithRows([restoreAssessment(next)]);
    if (source.status === "completed") {
      await appendToCompleted(source.id, (a, when) => ({
        audit: [...(a.audit ?? []), { at: when, action: "reassessed_to", by: assessor, detail: next.id }],
      }));
    }
  });
  return next;
}
