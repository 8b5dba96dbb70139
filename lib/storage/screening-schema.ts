// The IndexedDB stores of restricted-party screening (lib/screening), declared as their own
// Dexie version so that db.ts only has to call this. Version 4 adds:
//   screeningLists    one row per loaded list snapshot (source name, as-of date, count, SHA-256)
//   screeningEntries  the list's parties with their names already normalised, by list
//   screeningDrafts   the screening record of a draft assessment, until completion freezes it
//                     into the assessment itself
// No upgrade function: the new stores start empty and nothing existing changes.
import type Dexie from "dexie";

export const SCREENING_DB_VERSION = 4;

export const SCREENING_STORES = {
  screeningLists: "id",
  screeningEntries: "++seq, listId",
  screeningDrafts: "assessmentId",
};

export function declareScreeningStores(db: Dexie) {
  db.version(SCREENING_DB_VERSION).stores(SCREENING_STORES);
}
