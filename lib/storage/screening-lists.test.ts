import "fake-indexeddb/auto";

import Dexie from "dexie";
import { describe, expect, it } from "vitest";

import { importList, readList } from "@/lib/screening/jobs";
import { ListFileError } from "@/lib/screening/formats";

import { openDb } from "./db";
import { currentStores, DB_VERSION } from "./schema";
import { listEntries, listScreeningLists } from "./screening-lists";

const file = (name: string, text: string) => new File([text], name, { type: "text/csv" });
const GOOD = "name,aliases,country\nBrightwave Analytics Ltd.,Brightwave Data,GB\nKestrel Maritime,,PA\n";
const request = (text: string, replaces?: string) => ({
  files: [file("list.csv", text)],
  format: "simple_csv" as const,
  name: "Sample",
  scope: "foreign" as const,
  asOf: "2026-11-01",
  replaces,
});

describe("database version 4 (screening)", () => {
  it("adds the screening stores to a version 2 database and keeps its assessments", async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ assessments: "id, status, updatedAt, completedAt" });
    v2.version(2).stores({ historyRows: "id, status, updatedAt" });
    await v2.table("assessments").add({ id: "a" });
    v2.close();
    const db = openDb(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    // Every store of the newest declaration, the screening ones among them.
    expect(db.tables.map((t) => t.name).sort()).toEqual([...currentStores().keys()].sort());
    expect(db.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(["screeningDrafts", "screeningEntries", "screeningLists"]),
    );
    expect(await db.table("assessments").count()).toBe(1);
    db.close();
  });
});

describe("stored lists", () => {
  it("keeps a snapshot with its count, SHA-256 and normalised names; a replacement swaps it whole", async () => {
    const first = await importList(request(GOOD), () => undefined);
    expect(first).toMatchObject({ name: "Sample", entityCount: 2, asOf: "2026-11-01", files: ["list.csv"] });
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = await readList(first.id);
    expect(stored.entry(0).forms[0]!.tokens.map((t) => t.text)).toEqual(["brightwave", "analytics"]);

    const second = await importList(request(`${GOOD}Harbour Light,,SG\n`, first.id), () => undefined);
    expect((await listScreeningLists()).map((l) => [l.id, l.entityCount])).toEqual([[second.id, 3]]);
    expect(await listEntries(first.id)).toEqual([]);
  });

  it("stores nothing, and keeps the old snapshot, when a replacement file is malformed", async () => {
    const before = await listScreeningLists();
    const replaces = before[0]!.id;
    await expect(
      importList(request("name,listed_on\nAcme,yesterday\n", replaces), () => undefined),
    ).rejects.toEqual(new ListFileError("bad_date", 2, "list.csv: yesterday"));
    expect(await listScreeningLists()).toEqual(before);
    expect((await readList(replaces)).size).toBe(3);
  });
});
