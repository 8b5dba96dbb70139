import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { HistoryRow } from "@/lib/storage/history-row";

import { DEFAULT_QUERY, filterRows, parseQuery, serialiseQuery, SORT_COLUMNS, sortRows } from "./query";
import { registerCsv } from "./register-csv";

const row = (over: Partial<HistoryRow>): HistoryRow => ({
  id: over.id ?? crypto.randomUUID(),
  status: "completed",
  project: "",
  counterparty: "",
  endClient: "",
  assessor: "",
  checklistVersion: "2026.2",
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  search: [over.project, over.counterparty, over.endClient, over.assessor].join("\n").toLowerCase(),
  ...over,
});

const rows = [
  row({
    id: "a",
    project: "Rail survey",
    counterparty: "Acme",
    level: "critical",
    completedAt: "2026-03-01T00:00:00Z",
  }),
  row({
    id: "b",
    project: "Translation",
    counterparty: "Beta",
    level: "low",
    completedAt: "2026-05-01T00:00:00Z",
  }),
  row({
    id: "c",
    project: "Sensors",
    assessor: "Li Wei",
    status: "draft",
    updatedAt: "2026-04-01T00:00:00Z",
  }),
  row({
    id: "d",
    project: "Old",
    level: "medium",
    completedAt: "2025-01-01T00:00:00Z",
    reassessBy: "2026-01-01",
  }),
];

describe("history query", () => {
  it("round-trips through the URL, dropping defaults and invalid values", () => {
    const query = {
      ...DEFAULT_QUERY,
      q: "rail",
      level: "critical" as const,
      sort: "project" as const,
      dir: "asc" as const,
    };
    expect(parseQuery(new URLSearchParams(serialiseQuery(query)))).toEqual(query);
    expect(serialiseQuery(DEFAULT_QUERY)).toBe("");
    expect(parseQuery(new URLSearchParams("level=huge&from=yesterday&page=-2"))).toEqual(DEFAULT_QUERY);
  });

  it("searches project, client and assessor case-insensitively and filters by level, status and date", () => {
    const ids = (q: Partial<typeof DEFAULT_QUERY>) =>
      filterRows(rows, { ...DEFAULT_QUERY, ...q }, "2026-06-01").map((r) => r.id);
    expect(ids({ q: "ACME" })).toEqual(["a"]);
    expect(ids({ q: "li w" })).toEqual(["c"]);
    expect(ids({ level: "low" })).toEqual(["b"]);
    expect(ids({ status: "draft" })).toEqual(["c"]);
    expect(ids({ status: "due" })).toEqual(["d"]);
    expect(ids({ from: "2026-03-15", to: "2026-04-30" })).toEqual(["c"]);
  });

  it("sorts by any column in both directions", () => {
    expect(sortRows(rows, "level", "desc").map((r) => r.id)).toEqual(["a", "d", "b", "c"]);
    expect(sortRows(rows, "project", "asc").map((r) => r.id)).toEqual(["d", "a", "c", "b"]);
    expect(sortRows(rows, "date", "desc").map((r) => r.id)).toEqual(["b", "c", "a", "d"]);
  });
});

describe("the conditions filter (issue 28)", () => {
  const tracked = [
    row({ id: "none" }),
    row({ id: "open", conditions: { total: 2, open: 1, nextDue: "2026-07-01" } }),
    row({ id: "late", conditions: { total: 3, open: 2, nextDue: "2026-05-31" } }),
    row({ id: "done", conditions: { total: 2, open: 0 } }),
    row({ id: "cleared", conditions: { total: 2, open: 0, cleared: "2026-05-02T10:00:00.000Z" } }),
    row({ id: "open-undated", conditions: { total: 1, open: 1 } }),
  ];
  it.each([
    ["open", ["open", "late", "open-undated"]],
    ["overdue", ["late"]],
    ["cleared", ["cleared"]],
  ] as const)("%s", (conditions, expected) => {
    expect(filterRows(tracked, { ...DEFAULT_QUERY, conditions }, "2026-06-01").map((r) => r.id)).toEqual(
      expected,
    );
  });
  it("is kept in the address", () => {
    const query = { ...DEFAULT_QUERY, conditions: "overdue" as const };
    expect(serialiseQuery(query)).toBe("conditions=overdue");
    expect(parseQuery(new URLSearchParams("conditions=overdue"))).toEqual(query);
    expect(parseQuery(new URLSearchParams("conditions=maybe"))).toEqual(DEFAULT_QUERY);
  });
});

describe("register CSV", () => {
  it("quotes, neutralises formulas and starts with a byte-order mark", () => {
    const csv = registerCsv(
      [row({ project: '=HYPERLINK("x")', counterparty: "A, B" })],
      [
        { header: "Project", value: (r) => r.project },
        { header: "Client", value: (r) => r.counterparty },
      ],
    );
    expect(csv).toBe('\uFEFF"Project","Client"\r\n"\'=HYPERLINK(""x"")","A, B"\r\n');
  });

  it("quotes every cell and neutralises a formula after a separator inside a cell (problem 9)", () => {
    const csv = registerCsv(
      [row({ project: "a;=1+1", counterparty: "Acme", assessor: "x,\t+SUM(A1)|@cmd" })],
      [
        { header: "Project", value: (r) => r.project },
        { header: "Client", value: (r) => r.counterparty },
        { header: "Assessor", value: (r) => r.assessor },
      ],
    );
    expect(csv).toBe('\uFEFF"Project","Client","Assessor"\r\n"a;\'=1+1","Acme","x,\t\'+SUM(A1)|\'@cmd"\r\n');
    // Split on semicolons, as some spreadsheets do: no piece starts with a formula trigger.
    for (const piece of csv.split(/[;,\t|\r\n]/)) expect(piece.replace(/^"/, "")).not.toMatch(/^\s*[=+\-@]/);
  });

  it("filters a sorted list into the same order as sorting the filtered rows (the page sorts once)", () => {
    const word = fc.constantFrom("rail", "Rail", "beta", "li", "");
    const day = fc
      .integer({ min: 1, max: 28 })
      .map((d) => `2026-02-${String(d).padStart(2, "0")}T00:00:00.000Z`);
    const arbitraryRow = fc
      .record({
        project: word,
        counterparty: word,
        assessor: word,
        level: fc.constantFrom("low", "medium", "high", "critical", undefined),
        status: fc.constantFrom("draft", "completed"),
        updatedAt: day,
      })
      .map(({ level, ...r }) => row(level ? { ...r, level } : r));
    fc.assert(
      fc.property(
        fc.array(arbitraryRow, { maxLength: 30 }),
        fc.constantFrom(...SORT_COLUMNS),
        fc.constantFrom("asc" as const, "desc" as const),
        word,
        (list, sort, dir, q) => {
          const query = { ...DEFAULT_QUERY, q };
          const ids = (rs: readonly HistoryRow[]) => rs.map((r) => r.id);
          expect(ids(filterRows(sortRows(list, sort, dir), query, "2026-06-01"))).toEqual(
            ids(sortRows(filterRows(list, query, "2026-06-01"), sort, dir)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
