// A new draft written straight to IndexedDB, without Dexie, for the page that starts one
// (/assess/new/): its first load then carries no database code (autosave loads Dexie with the
// first change, use-autosave.ts). The record and its history row are the ones assessments.ts
// createDraft writes, in one transaction. When there is no database yet, or one an older version
// of the app left, Dexie (createDraft) creates or upgrades it and writes the draft.
import { ASSESSMENT_SCHEMA_VERSION, type Assessment, restoreAssessment } from "@/lib/assessment/assessment";

import { historyRowOf } from "./history-row";
import { DATABASE, hasCurrentStores, openExisting } from "./quick-read";

export function newDraft(checklistVersion: string, firstStep: string, now = new Date()): Assessment {
  const at = now.toISOString();
  return {
    id: crypto.randomUUID(),
    schemaVersion: ASSESSMENT_SCHEMA_VERSION,
    checklistVersion,
    status: "draft",
    answers: {},
    step: firstStep,
    createdAt: at,
    updatedAt: at,
    audit: [{ at, action: "created", by: "" }],
  };
}

/**
 * A new, empty draft on `checklistVersion`, stored in this browser, opening at `firstStep`.
 * (`name` is the database read and written directly; Dexie's fallback writes the app's own.)
 */
export async function startDraft(
  checklistVersion: string,
  firstStep: string,
  name = DATABASE,
): Promise<Assessment> {
  const db = await openExisting(name);
  if (db === null || !hasCurrentStores(db)) {
    db?.close();
    return (await import("./assessments")).createDraft(checklistVersion, firstStep);
  }
  const draft = restoreAssessment(newDraft(checklistVersion, firstStep));
  try {
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(["assessments", "historyRows"], "readwrite");
      tx.objectStore("assessments").add(draft);
      tx.objectStore("historyRows").put(historyRowOf(draft));
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB"));
    });
  } finally {
    db.close();
  }
  return draft;
}
