// Read-only queries of the history rows straight from IndexedDB, without Dexie, zod or the
// checklist, for the two pages that list rows before anything else: the home page's newest drafts
// (the [status+updatedAt] index of db.ts's version 3; its first load stays the shell) and the
// history's first list (started as the page starts, while the history's code is still arriving).
// Rows are the ones db.ts writes. A database that does not exist yet is not created here; one
// that an older version of the app left (no such index) is upgraded by Dexie first (db.ts).
import type { HistoryRow } from "./history-row";
import { journalled } from "./journal";

/** db.ts's DB_NAME, repeated so this module does not bring Dexie (quick-read.test.ts checks). */
export const DATABASE = "commission-check";
const ROWS = "historyRows";
const BY_STATUS_AND_DATE = "[status+updatedAt]";

/** The database as it is, or null when there is none yet (nothing has been stored). */
export function openExisting(name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    let created = false;
    request.onupgradeneeded = () => {
      // Opening without a version only upgrades a database that did not exist: leave it so.
      created = true;
      request.transaction?.abort();
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => (created ? resolve(null) : reject(request.error ?? new Error("IndexedDB")));
    request.onblocked = () => reject(new Error("IndexedDB is blocked by another tab"));
  });
}

function read(db: IDBDatabase, limit: number): Promise<{ rows: HistoryRow[]; total: number }> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(ROWS, "readonly");
    const store = tx.objectStore(ROWS);
    const rows: HistoryRow[] = [];
    let total = 0;
    const range = IDBKeyRange.bound(["draft", -Infinity], ["draft", []]);
    const cursor = store.index(BY_STATUS_AND_DATE).openCursor(range, "prev");
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || rows.length >= limit) return;
      rows.push(at.value as HistoryRow);
      at.continue();
    };
    const count = store.index("status").count("draft");
    count.onsuccess = () => (total = count.result);
    tx.oncomplete = () => resolve({ rows, total });
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB"));
  });
}

/** Every history row, as one getAll (what Dexie's toArray does); null when there is no current database. */
export async function readHistoryRows(name = DATABASE): Promise<HistoryRow[] | null> {
  const db = await openExisting(name);
  if (db === null) return null;
  try {
    if (!hasIndex(db)) return null;
    return await new Promise<HistoryRow[]>((resolve, reject) => {
      const all = db.transaction(ROWS, "readonly").objectStore(ROWS).getAll();
      all.onsuccess = () => resolve(all.result as HistoryRow[]);
      all.onerror = () => reject(all.error ?? new Error("IndexedDB"));
    });
  } finally {
    db.close();
  }
}

function hasIndex(db: IDBDatabase): boolean {
  if (!db.objectStoreNames.contains(ROWS)) return false;
  const tx = db.transaction(ROWS, "readonly");
  return tx.objectStore(ROWS).indexNames.contains(BY_STATUS_AND_DATE);
}

/** The stores of db.ts's newest version an assessment's read needs (autosave's journal included). */
const ASSESSMENT_STORES = ["assessments", "pendingEdits", "appliedEdits"];

/** Whether `db` has db.ts's newest stores (else Dexie must upgrade it before it is read or written). */
export function hasCurrentStores(db: IDBDatabase): boolean {
  return [...ASSESSMENT_STORES, ROWS].every((store) => db.objectStoreNames.contains(store)) && hasIndex(db);
}

/**
 * One stored assessment as IndexedDB holds it (not yet parsed), for the pages that show one
 * (summary, compare, the form): `null` when it is not stored, `undefined` when this read cannot
 * answer and Dexie must (no current database yet, or autosave's journal holds edits of it that
 * never reached it: assessments.ts getAssessment applies them first).
 */
export async function readStoredAssessment(id: string, name = DATABASE): Promise<unknown> {
  if (journalled(id).edits.length > 0) return undefined;
  const db = await openExisting(name);
  if (db === null) return null;
  try {
    if (!ASSESSMENT_STORES.every((store) => db.objectStoreNames.contains(store))) return undefined;
    return await new Promise<unknown>((resolve, reject) => {
      const tx = db.transaction(["assessments", "pendingEdits"], "readonly");
      const journal = tx.objectStore("pendingEdits").index("id").count(id);
      const record = tx.objectStore("assessments").get(id);
      tx.oncomplete = () => resolve(journal.result > 0 ? undefined : ((record.result as unknown) ?? null));
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB"));
    });
  } finally {
    db.close();
  }
}

/** The `limit` most recently changed drafts, newest first, and how many drafts there are. */
export async function listRecentDrafts(
  limit: number,
  name = DATABASE,
): Promise<{ rows: HistoryRow[]; total: number }> {
  let db = await openExisting(name);
  if (db === null) return { rows: [], total: 0 };
  if (!hasIndex(db)) {
    db.close();
    const { openDb } = await import("./db");
    const upgraded = openDb(name);
    await upgraded.open();
    upgraded.close();
    db = await openExisting(name);
    if (db === null) return { rows: [], total: 0 };
  }
  try {
    return await read(db, limit);
  } finally {
    db.close();
  }
}
