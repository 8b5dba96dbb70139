import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import { compareLevel } from "@/lib/checklist/types";

import { CALIBRATION_CASES } from "@/test/calibration/cases";
import { evaluateRisk } from "./evaluate-risk";
import { railwayBeforeSigning2026_3 } from "@/test/fixtures/risk/railway";
import { whatWouldChange } from "./what-would-change";

const checklist = getChecklist("2026.3");
const DATE = { date: "2026-12-01" };
const caseAnswers = (id: string) => CALIBRATION_CASES.find((c) => c.id === id)!.answers;

describe("what would change the verdict", () => {
  it("offers nothing on the railway case: the counterparty and what the company knows keep it critical", () => {
    const summary = evaluateRisk(checklist, railwayBeforeSigning2026_3, DATE);
    expect(summary.level).toBe("critical");
    expect(whatWouldChange(checklist, railwayBeforeSigning2026_3, summary)).toEqual([]);
  });

  it.each(["weather-stations-auto-upload", "survey-run-by-client-staff", "remote-access-plant-data"])(
    "%s: every change lowers the level it claims, only by company-controlled answers, and is minimal",
    (id) => {
      const answers = caseAnswers(id);
      const summary = evaluateRisk(checklist, answers, DATE);
      const changes = whatWouldChange(checklist, answers, summary);
      expect(changes.length).toBeGreaterThan(0);
      const controlled = new Set(checklist.companyControlled!.map((c) => c.question));
      for (const change of changes) {
        expect(compareLevel(change.level, summary.level)).toBeLessThan(0);
        expect(evaluateRisk(checklist, { ...answers, ...change.answers }, DATE).level).toBe(change.level);
        for (const question of Object.keys(change.answers)) {
          expect(controlled.has(question), question).toBe(true);
          const fewer = Object.fromEntries(Object.entries(change.answers).filter(([q]) => q !== question));
          const without = evaluateRisk(checklist, { ...answers, ...fewer }, DATE);
          expect(compareLevel(without.level, change.level), `${id} without ${question}`).toBeGreaterThan(0);
        }
      }
    },
  );
});
