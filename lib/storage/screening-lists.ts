// Restricted-party lists and draft screening records in this browser's IndexedDB (stores declared
// in screening-schema.ts). A list snapshot is written in one transaction with its entries, and a
// replacement removes the old snapshot in that same transaction: a failed write changes nothing.
import type { EntityTable } from "dexie";

import { type ScreeningRecord, screeningRecordSchema } from "@/lib/screening/record";
import type { IndexedEntry, ScreeningList } from "@/lib/screening/types";

import { type CommissionCheckDb, getDb } from "./db";

export type StoredEntry = IndexedEntry & { seq?: number; listId: string };
export type DraftScreening = { assessmentId: string; record: ScreeningRecord };

type ScreeningDb = CommissionCheckDb & {
  screeningLists: EntityTable<ScreeningList, "id">;
  screeningEntries: EntityTable<StoredEntry, "seq">;
  screeningDrafts: EntityTable<DraftScreening, "assessmentId">;
};

const db = () => getDb() as ScreeningDb;

/** Entries written per bulkAdd, so that progress can be reported while a large list lands. */
const CHUNK = 5000;

export async function listScreeningLists(): Promise<ScreeningList[]> {
  const lists = await db().screeningLists.toArray();
  return lists.sort((a, b) => a.name.localeCompare(b.name));
}

/** Writes a list snapshot and its entries; with `replaces`, removes that snapshot in the same transaction. */
export async function storeScreeningList(
  list: ScreeningList,
  entries: readonly IndexedEntry[],
  replaces?: string,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const d = db();
  await d.transaction("rw", d.screeningLists, d.screeningEntries, async () => {
    if (replaces) {
      await d.screeningEntries.where("listId").equals(replaces).delete();
      await d.screeningLists.delete(replaces);
    }
    await d.screeningLists.add(list);
    for (let at = 0; at < entries.length; at += CHUNK) {
      await d.screeningEntries.bulkAdd(entries.slice(at, at + CHUNK).map((e) => ({ ...e, listId: list.id })));
      onProgress?.(Math.min(entries.length, at + CHUNK), entries.length);
    }
  });
}

export async function deleteScreeningList(id: string): Promise<void> {
  const d = db();
  await d.transaction("rw", d.screeningLists, d.screeningEntries, async () => {
    await d.screeningEntries.where("listId").equals(id).delete();
    await d.screeningLists.delete(id);
  });
}

export async function listEntries(listId: string): Promise<IndexedEntry[]> {
  return db().screeningEntries.where("listId").equals(listId).toArray();
}

export async function getDraftScreening(assessmentId: string): Promise<ScreeningRecord | undefined> {
  const row = await db().screeningDrafts.get(assessmentId);
  if (!row) return undefined;
  const parsed = screeningRecordSchema.safeParse(row.record);
  return parsed.success ? parsed.data : undefined;
}

export async function putDraftScreening(assessmentId: string, record: ScreeningRecord): Promise<void> {
  await db().screeningDrafts.put({ assessmentId, record: screeningRecordSchema.parse(record) });
}
