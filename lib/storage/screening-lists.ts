// Restricted-party lists and draft screening records in this browser's IndexedDB (stores declared
// in schema.ts, version 4). A list snapshot is written in one transaction with its entries, and a
// replacement removes the old snapshot in that same transaction: a failed write changes nothing.
import type { EntityTable } from "dexie";

import { type ScreeningRecord, screeningRecordSchema } from "@/lib/screening/record";
import type { PreparedPart } from "@/lib/screening/prepared-index";
import type { IndexedEntry, ScreeningList } from "@/lib/screening/types";

import { type CommissionCheckDb, getDb } from "./db";

/** A list's rows: its prepared index in parts (lib/screening/prepared-index.ts), or, as lists
 * stored before that format were, one entry per row. */
export type ListRow = PreparedPart | IndexedEntry;
export type StoredEntry = ListRow & { seq?: number; listId: string };
export type DraftScreening = { assessmentId: string; record: ScreeningRecord };

type ScreeningDb = CommissionCheckDb & {
  screeningLists: EntityTable<ScreeningList, "id">;
  screeningEntries: EntityTable<StoredEntry, "seq">;
  screeningDrafts: EntityTable<DraftScreening, "assessmentId">;
};

const db = () => getDb() as ScreeningDb;

/** Rows written per bulkAdd, so that progress can be reported while a large list lands. */
const CHUNK = 5000;

export async function listScreeningLists(): Promise<ScreeningList[]> {
  const lists = await db().screeningLists.toArray();
  return lists.sort((a, b) => a.name.localeCompare(b.name));
}

/** Writes a list snapshot and its entries; with `replaces`, removes that snapshot in the same transaction. */
export async function storeScreeningList(
  list: ScreeningList,
  entries: readonly ListRow[],
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

export async function listEntries(listId: string): Promise<ListRow[]> {
  return db().screeningEntries.where("listId").equals(listId).toArray();
}

export async function getDraftScreening(assessmentId: string): Promise<ScreeningRecord | undefined> {
  return (await getDraftScreenings([assessmentId])).get(assessmentId);
}

export async function putDraftScreening(assessmentId: string, record: ScreeningRecord): Promise<void> {
  await db().screeningDrafts.put({ assessmentId, record: screeningRecordSchema.parse(record) });
}

/** The draft records of the given assessments that have one; one that no longer parses is left out. */
export async function getDraftScreenings(
  assessmentIds: readonly string[],
): Promise<Map<string, ScreeningRecord>> {
  const rows = await db().screeningDrafts.bulkGet([...assessmentIds]);
  const out = new Map<string, ScreeningRecord>();
  for (const row of rows) {
    if (!row) continue;
    const parsed = screeningRecordSchema.safeParse(row.record);
    if (parsed.success) out.set(row.assessmentId, parsed.data);
  }
  return out;
}

/**
 * Inside a transaction that includes `screeningDraftsTable()`: the draft records of imported
 * drafts (the file carries a draft's record as its `screening`). A draft imported without one
 * clears whatever a deleted assessment of that id left behind, so it shows no stranger's record.
 */
export async function writeImportedDraftScreenings(
  drafts: readonly { id: string; screening?: ScreeningRecord }[],
): Promise<void> {
  const table = db().screeningDrafts;
  const screened = drafts.flatMap((d) => (d.screening ? [{ assessmentId: d.id, record: d.screening }] : []));
  await table.bulkDelete(drafts.filter((d) => !d.screening).map((d) => d.id));
  await table.bulkPut(screened);
}

/** The draft-record store, for a transaction that writes assessments with their records. */
export const screeningDraftsTable = () => db().screeningDrafts;
