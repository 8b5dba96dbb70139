// The only module that opens IndexedDB through Dexie. Its stores are declared once, in schema.ts
// (which the direct reads of quick-read.ts and quick-create.ts use too); here each version is
// declared from it, with version 2's upgrade (the history rows of the assessments stored before).
import Dexie, { type EntityTable, type Transaction } from "dexie";

import { type Assessment, assessmentSchema, type EvidenceRef } from "@/lib/assessment/assessment";
import { checkSignOffs } from "@/lib/assessment/signature";
import type { Answers } from "@/lib/checklist/types";

import { type HistoryRow, historyRowOf } from "./history-row";
import { DB_NAME, VERSIONS } from "./schema";

export { DB_NAME } from "./schema";

/** One autosave write, journalled before it is applied (see journal.ts and assessments.ts writeDraft). */
export interface PendingEdit {
  /** `${id}:${time}:${tab}:${sequence}`: rows sort in the order they were written. */
  key: string;
  id: string;
  base: Answers;
  changed: Answers;
  step: string;
}

/**
 * How far one tab's journal has been applied to one draft: the sequence number of its last edit
 * written to the draft (see assessments.ts writeDraft). A journalled edit at or below it is done.
 */
export interface AppliedEdits {
  /** `${id}:${tab}` */
  key: string;
  id: string;
  sequence: number;
}

/** An evidence file's bytes and what was checked of them when it was added (lib/tracking). */
export interface EvidenceRow extends EvidenceRef {
  assessmentId: string;
  /** The condition or approval it is attached to, or "assessment". */
  item: string;
  blob: Blob;
  addedAt: string;
}

export type CommissionCheckDb = Dexie & {
  assessments: EntityTable<Assessment, "id">;
  historyRows: EntityTable<HistoryRow, "id">;
  pendingEdits: EntityTable<PendingEdit, "key">;
  appliedEdits: EntityTable<AppliedEdits, "key">;
  evidence: EntityTable<EvidenceRow, "id">;
};

/** Every stored assessment that parses (an upgrade's reading; one that does not is left as it is). */
async function parsedAssessments(tx: Transaction): Promise<Assessment[]> {
  const records: Assessment[] = [];
  await tx
    .table("assessments")
    .toCollection()
    .each((raw: unknown) => {
      const parsed = assessmentSchema.safeParse(raw);
      if (parsed.success) records.push(parsed.data);
    });
  return records;
}

/** Version 2's upgrade: a history row for every assessment already stored. */
async function historyRowsOfStoredAssessments(tx: Transaction) {
  const records = await parsedAssessments(tx);
  await tx.table("historyRows").bulkPut(records.map((r) => historyRowOf(r)));
}

/**
 * Version 6's upgrade: every row written again from its parsed record, sign-offs checked (rows now
 * carry a checksum, row-check.ts). A record that does not parse keeps its old row, which the
 * history then shows as damaged, with its id.
 */
async function historyRowsRederived(tx: Transaction) {
  const records = await parsedAssessments(tx);
  const checks = await Dexie.waitFor(Promise.all(records.map(checkSignOffs)));
  await tx.table("historyRows").bulkPut(records.map((r, i) => historyRowOf(r, checks[i])));
}

export function openDb(name = DB_NAME): CommissionCheckDb {
  const db = new Dexie(name) as CommissionCheckDb;
  for (const { version, stores } of VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (version === 2) declared.upgrade(historyRowsOfStoredAssessments);
    if (version === 6) declared.upgrade(historyRowsRederived);
  }
  return db;
}

let shared: CommissionCheckDb | undefined;

/** The app's database, opened lazily on first use (never during server rendering). */
export function getDb(): CommissionCheckDb {
  shared ??= openDb();
  return shared;
}
