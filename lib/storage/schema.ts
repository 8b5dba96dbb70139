// The database's one declaration: its name, and each version's stores in Dexie's notation
// (primary key first, `++` for an auto-incremented key, `[a+b]` for a compound index). db.ts
// declares Dexie's versions from it (adding version 2's upgrade function); the direct reads and
// writes that run before Dexie is loaded (quick-read.ts, quick-create.ts) take their store and
// index names, and the check that a database is current, from it. schema.test.ts opens the
// database with Dexie and checks it against currentStores(). Never edit a released version:
// add one (with its upgrade in db.ts when existing rows change) and a test in db.test.ts.
//
// This module imports nothing, so the pages' first load can carry it without Dexie.

export const DB_NAME = "commission-check";

/** Each version's new or changed stores (a store repeated replaces its earlier declaration). */
export const VERSIONS = [
  { version: 1, stores: { assessments: "id, status, updatedAt, completedAt" } },
  // historyRows: one small denormalised row per assessment (history-row.ts), written in the same
  // transaction as the assessment, so the history lists thousands without reading their answers.
  { version: 2, stores: { historyRows: "id, status, updatedAt" } },
  // [status+updatedAt]: the home page's newest drafts without reading every row. pendingEdits:
  // autosave's journal until release 2026-12 (now in localStorage, journal.ts); a draft opened
  // still applies what an older release left there.
  {
    version: 3,
    stores: { historyRows: "id, status, updatedAt, [status+updatedAt]", pendingEdits: "key, id" },
  },
  // Restricted-party screening (lib/screening): one row per loaded list snapshot, the lists'
  // parties with their names already normalised, and a draft's screening record until completion
  // freezes it into the assessment.
  {
    version: 4,
    stores: { screeningLists: "id", screeningEntries: "++seq, listId", screeningDrafts: "assessmentId" },
  },
  // appliedEdits: each tab's last edit written to each draft, so that a draft opened later replays
  // only journal entries that never landed (journal.ts).
  { version: 5, stores: { appliedEdits: "key, id" } },
  // evidence: the files kept for a completed assessment's conditions and approvals (lib/tracking),
  // one row per file with its bytes as a Blob; the record's audit trail holds each one's hash.
  // And every history row is written again from its record (db.ts), with the checksum, the
  // decisive flags and the tracked conditions a row now carries (history-row.ts). isCurrent asks
  // for this version, so the direct reads never see a row of an earlier release.
  { version: 6, stores: { evidence: "id, assessmentId" } },
  // registerDecisions: the user's confirmation or dismissal of an earlier engagement matched to a
  // party of an assessment (lib/register; register-decisions.ts).
  { version: 7, stores: { registerDecisions: "id, assessmentId" } },
] as const satisfies readonly { version: number; stores: Record<string, string> }[];

/** The newest version, as Dexie numbers it (IndexedDB sees ten times this: Dexie's convention). */
export const DB_VERSION = VERSIONS.at(-1)!.version;

type StoreName = (typeof VERSIONS)[number] extends infer V
  ? V extends { stores: infer S }
    ? keyof S & string
    : never
  : never;

/** Store names, for the direct reads (a typo is a type error, not a missing store at run time). */
export const STORE = Object.fromEntries(
  VERSIONS.flatMap((v) => Object.keys(v.stores)).map((name) => [name, name]),
) as { [S in StoreName]: S };

/** Index names the direct reads use, each checked against the declaration by schema.test.ts. */
export const INDEX = {
  status: "status",
  updatedAt: "updatedAt",
  statusAndDate: "[status+updatedAt]",
  id: "id",
} as const;

export type StoreShape = { keyPath: string; autoIncrement: boolean; indexes: string[] };

/** A store's key and indexes from its declaration ("++seq, listId"). */
export function parseStore(declaration: string): StoreShape {
  const [key = "", ...indexes] = declaration.split(",").map((part) => part.trim());
  return { keyPath: key.replace(/^\+\+/, ""), autoIncrement: key.startsWith("++"), indexes: indexes.sort() };
}

/** Every store of the newest version with its key and indexes. */
export function currentStores(): Map<string, StoreShape> {
  const stores = new Map<string, StoreShape>();
  for (const { stores: declared } of VERSIONS)
    for (const [name, declaration] of Object.entries(declared)) stores.set(name, parseStore(declaration));
  return stores;
}

/**
 * Whether an open database has every store and index of the newest version (else Dexie must
 * create or upgrade it before it is read or written directly).
 */
export function isCurrent(db: IDBDatabase): boolean {
  if (db.version < DB_VERSION * 10) return false;
  const stores = currentStores();
  if (![...stores.keys()].every((name) => db.objectStoreNames.contains(name))) return false;
  const tx = db.transaction([...stores.keys()], "readonly");
  return [...stores].every(([name, shape]) => {
    const names = tx.objectStore(name).indexNames;
    return shape.indexes.every((index) => names.contains(index));
  });
}
