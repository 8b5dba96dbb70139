// Read-only queries of the history rows straight from IndexedDB, without Dexie, zod or the
// checklist, for the two pages that list rows before anything else: the home page's newest drafts
// (the [status+updatedAt] index of db.ts's version 3; its first load stays the shell) and the
// history's first list (started as the page starts, while the history's code is still arriving).
// Rows are the ones db.ts writes. Store and index names, and whether a database is current, come
// from schema.ts (Dexie's declaration is built from it too). A database that does not exist yet is
// not created here; one that an older version of the app left is upgraded by Dexie first (db.ts).
import type { HistoryRow } from "./history-row";
import { journalled } from "./journal";
import { DB_NAME, INDEX, isCurrent, STORE } from "./schema";

const ROWS = STORE.historyRows;

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
    const cursor = store.index(INDEX.statusAndDate).openCursor(range, "prev");
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at || rows.length >= limit) return;
      rows.push(at.value as HistoryRow);
      at.continue();
    };
    const count = store.index(INDEX.status).count("draft");
    count.onsuccess = () => (total = count.result);
    tx.oncomplete = () => resolve({ rows, total });
    tx.onerror = () => reject(tx.error ?? new Error("IndexedDB"));
  });
}

/**
 * Rows per read of readHistoryRows (a few hundred milliseconds each, what another request waits
 * at most), and the store size from which the history shows its first page before all rows.
 */
const ROWS_PER_READ = 20_000;

/**
 * Every history row, in id order (what Dexie's toArray gives); null when there is no current
 * database. Read ROWS_PER_READ at a time, each in its own transaction: IndexedDB answers other
 * requests on the store only between them, so a page opened while the history is still reading
 * 100,000 rows (or the history's own delete) does not wait seconds for the whole list.
 */
export async function readHistoryRows(name = DB_NAME, perRead = ROWS_PER_READ): Promise<HistoryRow[] | null> {
  const db = await openExisting(name);
  if (db === null) return null;
  try {
    return isCurrent(db) ? await readInParts(db, perRead) : null;
  } finally {
    db.close();
  }
}

async function readInParts(db: IDBDatabase, perRead: number): Promise<HistoryRow[]> {
  const rows: HistoryRow[] = [];
  for (;;) {
    const after = rows.length > 0 ? IDBKeyRange.lowerBound(rows.at(-1)!.id, true) : null;
    const part = await new Promise<HistoryRow[]>((resolve, reject) => {
      const read = db.transaction(ROWS, "readonly").objectStore(ROWS).getAll(after, perRead);
      read.onsuccess = () => resolve(read.result as HistoryRow[]);
      read.onerror = () => reject(read.error ?? new Error("IndexedDB"));
    });
    rows.push(...part);
    if (part.length < perRead) return rows;
  }
}

/** The first page of the history in its default order, and how many rows are stored. */
export type NewestRows = { rows: HistoryRow[]; total: number };

/**
 * The history's first list, in one connection: every row, in id order (as readHistoryRows gives
 * them); null when there is no current database. A store of more than `moreThan` rows first gives
 * `onNewest` the rows the history's first page shows in its default order (newest first by rowDate:
 * the completion date, else the last change) and the count of every row, read without reading
 * every row: the history opens on them while the rest is read, ROWS_PER_READ at a time (100,000
 * rows take seconds). They are read before the rest, not alongside: IndexedDB answers a later
 * request on the store only after a large getAll has finished. A smaller store is read whole in
 * the transaction that counts it (`onNewest` is not called): the fewer round trips, the sooner
 * the list, as the page starts and the main thread is busy.
 */
export async function readHistory(
  limit: number,
  onNewest: (newest: NewestRows) => void,
  { name = DB_NAME, moreThan = ROWS_PER_READ, perRead = ROWS_PER_READ } = {},
): Promise<HistoryRow[] | null> {
  const db = await openExisting(name);
  if (db === null) return null;
  try {
    if (!isCurrent(db)) return null;
    const first = await new Promise<{ all: HistoryRow[] } | NewestRows>((resolve, reject) => {
      const tx = db.transaction(ROWS, "readonly");
      const store = tx.objectStore(ROWS);
      let found: { all: HistoryRow[] } | NewestRows;
      const count = store.count();
      count.onsuccess = () => {
        const total = count.result;
        if (total > moreThan) {
          newestRows(store, limit, (rows) => (found = { rows, total }));
        } else {
          const all = store.getAll();
          all.onsuccess = () => (found = { all: all.result as HistoryRow[] });
        }
      };
      tx.oncomplete = () => resolve(found);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB"));
    });
    if ("all" in first) return first.all;
    onNewest(first);
    return await readInParts(db, perRead);
  } finally {
    db.close();
  }
}

/**
 * Walks the updatedAt index from the newest and stops once `limit` rows have a date later than any
 * row still unread can have (a row's date is never after its updatedAt). Gives the rows in id
 * order, as a getAll gives them, so sorting them gives what the full list's first page shows.
 */
function newestRows(store: IDBObjectStore, limit: number, done: (rows: HistoryRow[]) => void) {
  const rows: HistoryRow[] = [];
  /** The `limit` latest dates seen so far, newest first. */
  const latest: string[] = [];
  const cursor = store.index(INDEX.updatedAt).openCursor(null, "prev");
  cursor.onsuccess = () => {
    const at = cursor.result;
    if (!at || (latest.length >= limit && latest[limit - 1]! > (at.key as string))) {
      done(rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
      return;
    }
    const row = at.value as HistoryRow;
    rows.push(row);
    // lib/history/query.ts rowDate, not imported: this module stays in every page's first load.
    const date = row.completedAt ?? row.updatedAt;
    const later = latest.findIndex((d) => d < date);
    latest.splice(later === -1 ? latest.length : later, 0, date);
    latest.length = Math.min(latest.length, limit);
    at.continue();
  };
}

/**
 * One stored assessment as IndexedDB holds it (not yet parsed), for the pages that show one
 * (summary, compare, the form): `null` when it is not stored, `undefined` when this read cannot
 * answer and Dexie must (no current database yet, or autosave's journal holds edits of it that
 * never reached it: assessments.ts getAssessment applies them first).
 */
export async function readStoredAssessment(id: string, name = DB_NAME): Promise<unknown> {
  if (journalled(id).edits.length > 0) return undefined;
  const db = await openExisting(name);
  if (db === null) return null;
  try {
    if (!isCurrent(db)) return undefined;
    return await new Promise<unknown>((resolve, reject) => {
      const tx = db.transaction([STORE.assessments, STORE.pendingEdits], "readonly");
      const journal = tx.objectStore(STORE.pendingEdits).index(INDEX.id).count(id);
      const record = tx.objectStore(STORE.assessments).get(id);
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
  name = DB_NAME,
): Promise<{ rows: HistoryRow[]; total: number }> {
  let db = await openExisting(name);
  if (db === null) return { rows: [], total: 0 };
  if (!isCurrent(db)) {
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
