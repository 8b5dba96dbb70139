// A new draft written straight to IndexedDB, without Dexie, for the page that starts one
// (/assess/new/): its first load then carries no database code (autosave loads Dexie with the
// first change, use-autosave.ts). The record and its history row are the ones assessments.ts
// createDraft writes, in one transaction. When there is no database yet, or one an older version
// of the app left, Dexie (createDraft) creates or upgrades it and writes the draft.
import { type Assessment, restoreAssessment } from "@/lib/assessment/assessment";

import { historyRowOf } from "./history-row";
import { newDraft } from "./new-draft";
import { openExisting } from "./quick-read";
import { DB_NAME, isCurrent, STORE } from "./schema";

/**
 * A new, empty draft on `checklistVersion`, stored in this browser, opening at `firstStep`.
 * (`name` is the database read and written directly; Dexie's fallback writes the app's own.)
 */
export async function startDraft(
  checklistVersion: string,
  firstStep: string,
  name = DB_NAME,
): Promise<Assessment> {
  const db = await openExisting(name);
  if (db === null || !isCurrent(db)) {
    db?.close();
    return (await import("./assessments")).createDraft(checklistVersion, firstStep);
  }
  const draft = restoreAssessment(newDraft(checklistVersion, firstStep));
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction([STORE.assessments, STORE.historyRows], "readwrite");
      tx.objectStore(STORE.assessments).add(draft);
      tx.objectStore(STORE.historyRows).put(historyRowOf(draft));
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB"));
    });
  } finally {
    db.close();
  }
  return draft;
}
