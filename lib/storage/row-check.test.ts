// Issue 27 item 3: history rows are trusted only as far as they check. Each malformed row of the
// attack run is planted in IndexedDB beside a genuine record and read back the two ways the
// history reads (listHistory, and startHistoryReads as the page starts).
import "fake-indexeddb/auto";

import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";

import type { Assessment } from "@/lib/assessment/assessment";
import { localDate } from "@/lib/assessment/dates";
import { DEFAULT_QUERY, filterRows, sortRows } from "@/lib/history/query";
import { registerCsv } from "@/lib/history/register-csv";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";

import { getDb } from "./db";
import { type HistoryRow, rowChecksum } from "./history-row";
import { createDraft } from "./assessments";
import { listHistory, listRecentDrafts, startHistoryReads } from "./index";
import { checkRow, checkRows, historyRowSchema, isWellFormedRow } from "./row-check";
import { completedThroughStorage } from "./testing/completed";

const VERSION = "2026.2";

/** The stored row of `id`, changed by `edit` and put back straight into IndexedDB. */
async function plant(id: string, edit: (row: Record<string, unknown>) => void) {
  const row = (await getDb().historyRows.get(id)) as unknown as Record<string, unknown>;
  edit(row);
  await getDb().historyRows.put(row as unknown as HistoryRow);
}

const MALFORMED: [string, (row: Record<string, unknown>) => void, string][] = [
  ["a project that is an object", (r) => (r.project = { name: "Rail" }), "schema:project"],
  ["a numeric search field", (r) => (r.search = 42), "schema:search"],
  ["a null client", (r) => (r.counterparty = null), "schema:counterparty"],
  [
    "a verdict edited to low / proceed / approved",
    (r) => Object.assign(r, { level: "low", decision: "proceed", signOff: "approved" }),
    "checksum",
  ],
  ["a level that is not a level", (r) => (r.level = "harmless"), "schema:level"],
  ["a row with its checksum removed", (r) => delete r.check, "schema:check"],
];

beforeEach(async () => {
  await getDb().assessments.clear();
  await getDb().historyRows.clear();
});

describe("history rows checked when read (issue 27 item 3)", () => {
  it("a row written by the storage module checks and keeps its verdict and decisive flags", async () => {
    const record = await completedThroughStorage(railwayBeforeSigning);
    const [row] = await listHistory();
    expect(row).toMatchObject({ id: record.id, level: "critical", decision: "decline" });
    expect(row!.damaged).toBeUndefined();
    expect(row!.decisiveFlags).toEqual(record.summary!.reason.flags);
    expect(row!.decisiveFlags!.length).toBeGreaterThan(0);
  });

  it.each(MALFORMED)("%s is listed as damaged, with its id and no verdict", async (_, edit, problem) => {
    const record = await completedThroughStorage(railwayBeforeSigning);
    const other = await completedThroughStorage({ ...railwayBeforeSigning, project_name: "Second" });
    await plant(record.id, edit);

    for (const rows of [await listHistory(), await startHistoryReads(50).firstRows]) {
      const damaged = rows!.find((r) => r.id === record.id)!;
      expect(damaged.damaged).toContain(problem);
      expect(damaged.level).toBeUndefined();
      expect(damaged.decision).toBeUndefined();
      expect(damaged.signOff).toBeUndefined();
      // The genuine row beside it is untouched.
      const genuine = rows!.find((r) => r.id === other.id)!;
      expect(genuine).toMatchObject({ level: "critical", decision: "decline" });
      expect(genuine).not.toHaveProperty("damaged");

      // Search, sort, filters and the register all run over it; no level filter hides it.
      const sorted = sortRows(rows!, "project", "asc");
      expect(filterRows(sorted, { ...DEFAULT_QUERY, q: "second" }, localDate()).map((r) => r.id)).toEqual([
        other.id,
      ]);
      expect(filterRows(sorted, { ...DEFAULT_QUERY, q: record.id.slice(0, 8) }, localDate())).toContain(
        damaged,
      );
      for (const level of ["critical", "low"] as const)
        expect(filterRows(sorted, { ...DEFAULT_QUERY, level }, localDate())).toContain(damaged);
      const csv = registerCsv(rows!, [
        { header: "id", value: (r) => r.id },
        { header: "level", value: (r) => r.level ?? "" },
        { header: "client", value: (r) => r.counterparty },
      ]);
      expect(csv).toContain(`"${record.id}","",`);
      expect(csv).not.toContain('"low"');
    }
  });

  it("the home page's newest drafts are checked too: a draft row with an object for a project is damaged", async () => {
    const draft = await createDraft(VERSION, "basics");
    await plant(draft.id, (r) => (r.project = { toString: "no" }));
    const { rows, total } = await listRecentDrafts(10);
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({ id: draft.id, project: "", damaged: ["schema:project"] });
  });

  it("the newest page read before the rest is checked too", async () => {
    const records: Assessment[] = [];
    for (let i = 0; i < 3; i++)
      records.push(await completedThroughStorage({ ...railwayBeforeSigning, project_name: `P${i}` }));
    await plant(records[1]!.id, (r) => (r.decision = "proceed"));
    // A store "larger" than 1 row takes the newest-first path (quick-read.ts readHistory).
    const { readHistory } = await import("./quick-read");
    const { checkRows } = await import("./row-check");
    let newest: HistoryRow[] = [];
    await readHistory(2, (found) => (newest = checkRows(found.rows)), { moreThan: 1 });
    expect(newest.find((r) => r.id === records[1]!.id)?.damaged).toEqual(["checksum"]);
  });

  it("a field added by a later release is kept and covered by the checksum", () => {
    const row = { ...baseRow(), laterField: 2 };
    const stored = { ...row, check: rowChecksum(row) };
    expect(checkRow(stored)).toEqual(stored);
    expect(checkRow({ ...stored, laterField: 0 }).damaged).toEqual(["checksum"]);
  });

  it("something that is not a row at all is damaged, not a crash", () => {
    for (const raw of [null, 7, "row", [], { id: 5 }])
      expect(checkRow(raw)).toMatchObject({ damaged: expect.any(Array), project: "" });
    expect(checkRow({ id: 5 }).id).toBe("5");
  });

  it("10,000 genuine rows all check (the time it takes is printed by npm run bench)", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => {
      const row = { ...baseRow(), id: `id-${i}`, project: `Project ${i}` };
      return { ...row, check: rowChecksum(row) };
    });
    expect(checkRows(rows).filter((r) => r.damaged)).toEqual([]);
  });
});

function baseRow(): Omit<HistoryRow, "check"> {
  return {
    id: "a",
    status: "completed",
    project: "Rail",
    counterparty: "Acme",
    endClient: "",
    assessor: "Li",
    level: "high",
    decision: "escalate",
    checklistVersion: VERSION,
    createdAt: "2026-01-01T00:00:00.000Z",
    updatedAt: "2026-01-02T00:00:00.000Z",
    completedAt: "2026-01-02T00:00:00.000Z",
    decisiveFlags: ["state_client"],
    search: "rail\nacme\n\nli",
  };
}

describe("the plain guard and the schema", () => {
  // Each field: a value the schema accepts, or one of the ways a stored row can be wrong.
  const BAD = [null, 42, "", "x".repeat(2_001), {}, [], true, "2026-13"];
  const good: Record<string, unknown[]> = {
    id: ["a", "x".repeat(200)],
    status: ["draft", "completed"],
    project: ["Rail", ""],
    counterparty: ["Acme", ""],
    endClient: ["", "中铁"],
    assessor: ["Li"],
    level: [undefined, "high"],
    decision: [undefined, "decline"],
    signOff: [undefined, "approved", "cleared", "unverified", "signed"],
    checklistVersion: ["2026.4"],
    createdAt: ["2026-01-01T00:00:00.000Z"],
    updatedAt: ["2026-01-02T00:00:00Z"],
    completedAt: [undefined, "2026-01-02T00:00:00.000Z"],
    reassessBy: [undefined, "2027-01-02"],
    reassessedFrom: [undefined, "b"],
    decisiveFlags: [undefined, [], ["state_client"]],
    conditions: [
      undefined,
      { total: 3, open: 1 },
      { total: 3, open: 0, nextDue: "2027-01-01", cleared: "2026-02-01T00:00:00.000Z" },
      { total: 3, open: 1, extra: 1 },
      { total: 1.5, open: 0 },
      { total: 3, open: -1 },
    ],
    parties: [
      undefined,
      [],
      [{ role: "client", name: "Acme" }],
      [{ role: "payer", name: "Acme" }],
      [{ role: "client" }],
    ],
    search: ["rail"],
    check: ["abc.def", "x".repeat(41)],
  };
  it("accepts exactly what historyRowSchema accepts", () => {
    const field = (values: unknown[]) => fc.constantFrom(...values, ...BAD);
    const row = fc.record(Object.fromEntries(Object.entries(good).map(([k, v]) => [k, field(v)])), {
      requiredKeys: [],
    });
    fc.assert(
      fc.property(row, (r) => {
        expect(isWellFormedRow(r)).toBe(historyRowSchema.safeParse(r).success);
      }),
      { numRuns: 3_000 },
    );
  });

  it("a row the guard passes is returned as read, or damaged by its checksum", () => {
    const row = {
      ...baseRow(),
      conditions: { total: 2, open: 1 },
      parties: [{ role: "client" as const, name: "Acme" }],
    };
    const stored = { ...row, check: rowChecksum(row) };
    expect(checkRow(stored)).toBe(stored);
    expect(checkRow({ ...stored, conditions: { total: 2, open: 0 } }).damaged).toEqual(["checksum"]);
  });
});
