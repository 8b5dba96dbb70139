// The calibration set (issue 12, item 9): every case evaluated with its own checklist version. A
// case states the whole verdict a careful reader of the reference expects, and its answers must be
// what the form would hold (every shown question answered, none hidden, ready for a verdict), so
// a case cannot silently drift from the checklist.
import { describe, expect, it } from "vitest";

import type { CalibrationCase } from "./case";
import { CALIBRATION_CASES } from "./cases";
import { runCalibrationCase } from "./run";

describe("the calibration set", () => {
  it("covers the spread: at least 20 cases with distinct ids, at least half of them low or medium", () => {
    expect(CALIBRATION_CASES.length).toBeGreaterThanOrEqual(20);
    expect(new Set(CALIBRATION_CASES.map((c) => c.id)).size).toBe(CALIBRATION_CASES.length);
    const benign = CALIBRATION_CASES.filter(
      (c) => c.expected.level === "low" || c.expected.level === "medium",
    );
    expect(benign.length * 2).toBeGreaterThanOrEqual(CALIBRATION_CASES.length);
    for (const level of ["low", "medium", "high", "critical"] as const)
      expect(
        CALIBRATION_CASES.some((c) => c.expected.level === level),
        level,
      ).toBe(true);
  });

  it.each(CALIBRATION_CASES.map((c) => [c.id, c] as const))("%s", (_, c) => {
    expect(runCalibrationCase(c).problems).toEqual([]);
  });

  it("notices a case that misses: the same answers with a wrong expectation fail", () => {
    const [first] = CALIBRATION_CASES as [CalibrationCase, ...CalibrationCase[]];
    const wrong: CalibrationCase = {
      ...first,
      expected: { ...first.expected, level: first.expected.level === "low" ? "high" : "low" },
      mustRaise: ["radio_signal_data"],
    };
    expect(runCalibrationCase(wrong).problems).toEqual(
      expect.arrayContaining([expect.stringMatching(/^level /), "flags not raised: radio_signal_data"]),
    );
  });
});
