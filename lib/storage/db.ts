// The only module that opens IndexedDB. Schema changes are new Dexie versions with an upgrade
// function and a test (db.test.ts); never edit a released version's stores.
//
// Version 2 adds `historyRows`: one small denormalised row per assessment (history-row.ts),
// written in the same transaction as the assessment, so the history can list, search and sort
// thousands of assessments without reading their answers and summaries. Version 3 indexes
// history rows by [status+updatedAt] for the home page's newest drafts.
import Dexie, { type EntityTable } from "dexie";

import { type Assessment, assessmentSchema } from "@/lib/assessment/assessment";
import type { Answers } from "@/lib/checklist/types";

import { type HistoryRow, historyRowOf } from "./history-row";
import { declareScreeningStores } from "./screening-schema";

export const DB_NAME = "commission-check";

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

export type CommissionCheckDb = Dexie & {
  assessments: EntityTable<Assessment, "id">;
  historyRows: EntityTable<HistoryRow, "id">;
  pendingEdits: EntityTable<PendingEdit, "key">;
  appliedEdits: EntityTable<AppliedEdits, "key">;
};

export function openDb(name = DB_NAME): CommissionCheckDb {
  const db = new Dexie(name) as CommissionCheckDb;
  db.version(1).stores({ assessments: "id, status, updatedAt, completedAt" });
  db.version(2)
    .stores({ historyRows: "id, status, updatedAt" })
    .upgrade(async (tx) => {
      const rows: HistoryRow[] = [];
      await tx
        .table("assessments")
        .toCollection()
        .each((raw: unknown) => {
          const parsed = assessmentSchema.safeParse(raw);
          if (parsed.success) rows.push(historyRowOf(parsed.data));
        });
      await tx.table("historyRows").bulkPut(rows);
    });
  // Version 3: the home page lists the newest drafts through [status+updatedAt] without reading
  // every row (an index only; nothing to convert).
  // pendingEdits: autosave's journal until release 2026-12 (now in localStorage, journal.ts); a
  // draft opened still applies what an older release left there.
  db.version(3).stores({
    historyRows: "id, status, updatedAt, [status+updatedAt]",
    pendingEdits: "key, id",
  });
  declareScreeningStores(db);
  // Version 5: appliedEdits, each tab's last edit written to each draft, so that a draft opened
  // later replays only journal entries that never landed (journal.ts).
  db.version(5).stores({ appliedEdits: "key, id" });
  return db;
}

let shared: CommissionCheckDb | undefined;

/** The app's database, opened lazily on first use (never during server rendering). */
export function getDb(): CommissionCheckDb {
  shared ??= openDb();
  return shared;
}
