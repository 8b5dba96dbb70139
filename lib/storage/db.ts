// The only module that opens IndexedDB. Schema changes are new Dexie versions with an upgrade
// function and a test (db.test.ts); never edit a released version's stores.
import Dexie, { type EntityTable } from "dexie";

import type { Assessment } from "@/lib/assessment/assessment";

export const DB_NAME = "commission-check";

export type CommissionCheckDb = Dexie & { assessments: EntityTable<Assessment, "id"> };

export function openDb(name = DB_NAME): CommissionCheckDb {
  const db = new Dexie(name) as CommissionCheckDb;
  db.version(1).stores({ assessments: "id, status, updatedAt, completedAt" });
  return db;
}

let shared: CommissionCheckDb | undefined;

/** The app's database, opened lazily on first use (never during server rendering). */
export function getDb(): CommissionCheckDb {
  shared ??= openDb();
  return shared;
}
