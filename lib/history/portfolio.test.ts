import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { DECISIONS, LEVELS } from "@/lib/checklist/types";
import type { HistoryRow } from "@/lib/storage/history-row";
import { historyRow } from "@/lib/storage/testing/history-rows";

import { periodOf, portfolioOf } from "./portfolio";

const row = historyRow;

const done = (
  completedAt: string,
  level: HistoryRow["level"],
  decision: HistoryRow["decision"],
  flags: string[] = [],
) => row({ completedAt, updatedAt: completedAt, level, decision, decisiveFlags: flags });

describe("portfolio figures", () => {
  it.each([
    ["2026-01-31T23:00:00.000Z", "month", "2026-01"],
    ["2026-03-31T00:00:00.000Z", "quarter", "2026-Q1"],
    ["2026-04-01T00:00:00.000Z", "quarter", "2026-Q2"],
    ["2026-12-08T00:00:00.000Z", "quarter", "2026-Q4"],
  ] as const)("%s falls in %s %s", (iso, period, key) => expect(periodOf(iso, period)).toBe(key));

  it("counts completed assessments per quarter by level and decision, oldest first", () => {
    const p = portfolioOf(
      [
        done("2026-05-02T00:00:00Z", "critical", "decline", ["state_client", "military_end_use"]),
        done("2026-02-01T00:00:00Z", "low", "proceed"),
        done("2026-03-30T00:00:00Z", "high", "escalate", ["state_client"]),
        row({ status: "draft" }),
        row({ status: "draft" }),
        done("2026-06-30T00:00:00Z", "critical", "decline", ["state_client"]),
      ],
      "quarter",
      "2026-12-08",
    );
    expect(p.periods.map((x) => [x.key, x.total, x.levels.critical, x.decisions.escalate])).toEqual([
      ["2026-Q1", 2, 0, 1],
      ["2026-Q2", 2, 2, 0],
    ]);
    expect(p.flags).toEqual([
      { slug: "state_client", count: 3 },
      { slug: "military_end_use", count: 1 },
    ]);
    expect([p.completed, p.drafts, p.damaged]).toEqual([4, 2, 0]);
    expect(p.openConditions).toBeUndefined();
  });

  it("counts re-assessments due, damaged rows apart, and open conditions once rows carry them", () => {
    const p = portfolioOf(
      [
        row({ ...done("2025-01-01T00:00:00Z", "high", "escalate"), reassessBy: "2026-01-01" }),
        row({ ...done("2026-11-01T00:00:00Z", "high", "escalate"), reassessBy: "2027-11-01" }),
        row({ damaged: ["checksum"], level: undefined }),
        { ...row({ status: "draft" }), conditions: { total: 5, open: 3 } },
      ],
      "month",
      "2026-12-08",
    );
    expect([p.due, p.damaged, p.drafts, p.completed, p.openConditions]).toEqual([1, 1, 1, 2, 3]);
  });

  it("every completed row with a verdict is counted exactly once, in both periods", () => {
    const arbitraryRow = fc.record({
      completedAt: fc.date({ min: new Date("2020-01-01"), max: new Date("2030-12-31"), noInvalidDate: true }),
      level: fc.constantFrom(...LEVELS),
      decision: fc.constantFrom(...DECISIONS),
    });
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 60 }), (drawn) => {
        const rows = drawn.map((d) => done(d.completedAt.toISOString(), d.level, d.decision));
        for (const period of ["month", "quarter"] as const) {
          const p = portfolioOf(rows, period, "2026-12-08");
          const sum = (f: (x: (typeof p.periods)[number]) => number) =>
            p.periods.reduce((n, x) => n + f(x), 0);
          expect(sum((x) => x.total)).toBe(rows.length);
          for (const level of LEVELS)
            expect(sum((x) => x.levels[level])).toBe(rows.filter((r) => r.level === level).length);
          for (const decision of DECISIONS)
            expect(sum((x) => x.decisions[decision])).toBe(
              rows.filter((r) => r.decision === decision).length,
            );
        }
      }),
    );
  });
});
