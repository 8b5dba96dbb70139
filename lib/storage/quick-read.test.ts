import "fake-indexeddb/auto";

import Dexie from "dexie";
import { describe, expect, it } from "vitest";

import { PAGE_SIZE, sortRows } from "@/lib/history/query";

import { newDraft } from "./assessments";
import { DB_NAME, openDb } from "./db";
import { startDraft } from "./quick-create";
import { installMemoryStorage } from "./testing/memory-storage";
import { type HistoryRow, historyRowOf } from "./history-row";
import {
  listRecentDrafts,
  readHistoryRows,
  type NewestRows,
  readHistory,
  readStoredAssessment,
} from "./quick-read";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

function draft(minute: number, project: string) {
  return { ...newDraft("2026.2", "basics", at(minute)), answers: { project_name: project } };
}

describe("history rows read without Dexie", () => {
  it("lists the newest drafts first, up to the limit, and counts them all; completed ones are not drafts", async () => {
    const name = `recent-${crypto.randomUUID()}`;
    const db = openDb(name);
    const drafts = Array.from({ length: 15 }, (_, i) => draft(i, `Draft ${i}`));
    const completed = { ...draft(99, "Done"), status: "completed" as const };
    await db.historyRows.bulkPut([...drafts, completed].map((a) => historyRowOf(a)));
    db.close();

    const { rows, total } = await listRecentDrafts(10, name);
    expect(total).toBe(15);
    expect(rows.map((r) => r.project)).toEqual(Array.from({ length: 10 }, (_, i) => `Draft ${14 - i}`));
  });

  it("reads every row, as Dexie stores them, for the history's first list", async () => {
    const name = `all-${crypto.randomUUID()}`;
    const db = openDb(name);
    const rows = [draft(1, "One"), { ...draft(2, "Two"), status: "completed" as const }].map((a) =>
      historyRowOf(a),
    );
    await db.historyRows.bulkPut(rows);
    const viaDexie = await db.historyRows.toArray();
    db.close();
    expect(await readHistoryRows(name)).toEqual(viaDexie);
  });

  it("reads every row when the list takes several reads, none twice, a full last read included", async () => {
    const name = `parts-${crypto.randomUUID()}`;
    const db = openDb(name);
    await db.historyRows.bulkPut(Array.from({ length: 7 }, (_, i) => historyRowOf(draft(i, `Draft ${i}`))));
    const viaDexie = await db.historyRows.toArray();
    db.close();
    for (const perRead of [2, 3, 7, 100]) expect(await readHistoryRows(name, perRead)).toEqual(viaDexie);
  });

  it("leaves to Dexie a record whose edits autosave's journal (localStorage) still holds", async () => {
    const uninstall = installMemoryStorage();
    try {
      const name = `local-journal-${crypto.randomUUID()}`;
      const db = openDb(name);
      const stored = draft(1, "One");
      await db.assessments.put(stored);
      db.close();
      expect(await readStoredAssessment(stored.id, name)).toEqual(stored);
      const edit = { key: `${stored.id}:t:tab:000000001`, id: stored.id, base: {}, step: "basics" };
      localStorage.setItem(
        `commission-check:journal:${stored.id}:tab`,
        JSON.stringify([{ ...edit, changed: { project_name: "Typed before the tab closed" } }]),
      );
      expect(await readStoredAssessment(stored.id, name)).toBeUndefined();
    } finally {
      uninstall();
    }
  });

  it("creates no database when nothing was ever stored", async () => {
    const name = `none-${crypto.randomUUID()}`;
    expect(await listRecentDrafts(10, name)).toEqual({ rows: [], total: 0 });
    expect(await readHistoryRows(name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it("upgrades a database an older version of the app left (no index yet), then reads it", async () => {
    const name = `old-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ assessments: "id, status, updatedAt, completedAt" });
    v2.version(2).stores({ historyRows: "id, status, updatedAt" });
    await v2.table("historyRows").bulkPut([historyRowOf(draft(1, "Old draft"))]);
    v2.close();

    const { rows, total } = await listRecentDrafts(10, name);
    expect(total).toBe(1);
    expect(rows.map((r) => r.project)).toEqual(["Old draft"]);
  });
});

describe("one assessment read without Dexie", () => {
  it("reads the record as Dexie stored it; a record not stored is null", async () => {
    const name = `one-${crypto.randomUUID()}`;
    const db = openDb(name);
    const stored = draft(1, "One");
    await db.assessments.put(stored);
    db.close();
    expect(await readStoredAssessment(stored.id, name)).toEqual(stored);
    expect(await readStoredAssessment(crypto.randomUUID(), name)).toBeNull();
  });

  it("leaves to Dexie a record with journalled edits not yet applied, and a database of an older version", async () => {
    const name = `journal-${crypto.randomUUID()}`;
    const db = openDb(name);
    const stored = draft(1, "One");
    await db.assessments.put(stored);
    await db.pendingEdits.put({
      key: `${stored.id}:t:tab:000000001`,
      id: stored.id,
      base: {},
      changed: { project_name: "Typed before the tab closed" },
      step: "basics",
    });
    db.close();
    expect(await readStoredAssessment(stored.id, name)).toBeUndefined();

    const old = `v1-${crypto.randomUUID()}`;
    const v1 = new Dexie(old);
    v1.version(1).stores({ assessments: "id, status, updatedAt, completedAt" });
    await v1.table("assessments").put(stored);
    v1.close();
    expect(await readStoredAssessment(stored.id, old)).toBeUndefined();
  });

  it("creates no database when nothing was ever stored", async () => {
    const name = `none-one-${crypto.randomUUID()}`;
    expect(await readStoredAssessment(crypto.randomUUID(), name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });
});

describe("the history's first list in one read (readHistory)", () => {
  /** readHistory's rows, and the newest page it gave first (undefined when it gave none). */
  async function read(name: string, moreThan?: number, perRead?: number) {
    let newest: NewestRows | undefined;
    const all = await readHistory(PAGE_SIZE, (found) => (newest = found), { name, moreThan, perRead });
    return { all, newest };
  }

  it("gives a large store's first page before every row: exactly what the full list's first page shows, counted", async () => {
    const name = `newest-${crypto.randomUUID()}`;
    const db = openDb(name);
    // Drafts at minutes 0..119; completed ones whose date (completion) is long before their last
    // change (a sign-off), and some with one date shared across the page boundary.
    const drafts = Array.from({ length: 120 }, (_, i) => draft(i, `Draft ${i}`));
    const signedLater = Array.from({ length: 30 }, (_, i) => ({
      ...draft(500 + i, `Signed ${i}`),
      status: "completed" as const,
      completedAt: at(40 + i).toISOString(),
    }));
    const sameDate = Array.from({ length: 10 }, (_, i) => ({
      ...draft(200, `Same ${i}`),
      id: `00000000-0000-4000-8000-00000000000${i}`.slice(-36),
    }));
    const rows = [...drafts, ...signedLater, ...sameDate].map((a) => historyRowOf(a));
    await db.historyRows.bulkPut(rows);
    const viaDexie = await db.historyRows.toArray();
    db.close();

    const firstPage = (list: readonly HistoryRow[]) =>
      sortRows(list, "date", "desc")
        .slice(0, PAGE_SIZE)
        .map((r) => r.project);
    const { all, newest } = await read(name, PAGE_SIZE, 7);
    expect(all).toEqual(viaDexie);
    expect(newest!.total).toBe(rows.length);
    expect(firstPage(newest!.rows)).toEqual(firstPage(all!));
    expect(newest!.rows.length).toBeLessThan(rows.length);
    // The completed rows dated by completion (minutes 40–69) are below the newest drafts.
    expect(firstPage(newest!.rows)[0]).toBe("Same 0");
  });

  it("reads a store of no more than `moreThan` rows whole, with no first page; nothing stored is null", async () => {
    expect(await read(`none-${crypto.randomUUID()}`)).toEqual({ all: null, newest: undefined });
    const name = `few-${crypto.randomUUID()}`;
    const db = openDb(name);
    await db.historyRows.bulkPut(Array.from({ length: 3 }, (_, i) => historyRowOf(draft(i, `Draft ${i}`))));
    const viaDexie = await db.historyRows.toArray();
    db.close();
    expect(await read(name, 3)).toEqual({ all: viaDexie, newest: undefined });
    const larger = await read(name, 2, 2);
    expect(larger.all).toEqual(viaDexie);
    expect(larger.newest?.total).toBe(3);
  });
});

describe("a new draft written without Dexie", () => {
  it("stores the draft and its history row as Dexie's createDraft would, so Dexie reads them back", async () => {
    const name = `start-${crypto.randomUUID()}`;
    const current = openDb(name);
    await current.open();
    current.close();
    const draft = await startDraft("2026.3", "basics", name);
    expect(draft).toMatchObject({ status: "draft", checklistVersion: "2026.3", step: "basics", answers: {} });
    const db = openDb(name);
    expect(await db.assessments.get(draft.id)).toEqual(draft);
    expect(await db.historyRows.get(draft.id)).toEqual(historyRowOf(draft));
    db.close();
    expect((await listRecentDrafts(10, name)).rows.map((r) => r.id)).toEqual([draft.id]);
  });

  it("leaves a missing database, or one of an older version, to Dexie, which creates or upgrades it first", async () => {
    const old = new Dexie(DB_NAME);
    old.version(1).stores({ assessments: "id, status, updatedAt, completedAt" });
    await old.open();
    old.close();
    const draft = await startDraft("2026.3", "basics");
    const db = openDb(DB_NAME);
    expect(await db.assessments.get(draft.id)).toEqual(draft);
    expect(await db.historyRows.get(draft.id)).toEqual(historyRowOf(draft));
    db.close();
  });
});
