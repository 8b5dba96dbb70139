// Checklist 2026.3 is released: its verdicts, and what would change them, are pinned for the 25
// commissions its calibration set held when 2026.4 was written (answers and results frozen in
// test/fixtures/risk/frozen/summaries-2026.3.json). Every engine change of 2026.4 is gated by
// version, so these never change.
import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";

import { evaluateRisk } from "./evaluate-risk";
import frozen from "@/test/fixtures/risk/frozen/summaries-2026.3.json";
import { whatWouldChange } from "./what-would-change";

const pinned = frozen as unknown as Record<
  string,
  { answers: Answers; summary: unknown; whatWouldChange: unknown }
>;

describe("checklist 2026.3 gives the summaries it was released with", () => {
  it.each(Object.keys(pinned))("%s", (id) => {
    const { answers, summary, whatWouldChange: changes } = pinned[id]!;
    const checklist = getChecklist("2026.3");
    const now = evaluateRisk(checklist, answers, { date: "2026-12-01" });
    expect(JSON.stringify(now, null, 2)).toBe(JSON.stringify(summary, null, 2));
    expect(JSON.stringify(whatWouldChange(checklist, answers, now))).toBe(JSON.stringify(changes));
  });
});
