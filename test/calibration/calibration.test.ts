// The calibration set (issue 12, item 9): every case evaluated with its own checklist version. A
// case states the whole verdict a careful reader of the reference expects, and its answers must be
// what the form would hold (every shown question answered, none hidden, ready for a verdict), so
// a case cannot silently drift from the checklist.
import { describe, expect, it } from "vitest";

import type { CalibrationCase } from "./case";
import { CALIBRATION_CASES } from "./cases";
import { runCalibrationCase, runCautiousReader } from "./run";
import { sensitivity } from "./sensitivity";

describe("the calibration set", () => {
  it("covers the spread: at least 40 cases with distinct ids, at least half of them low or medium", () => {
    expect(CALIBRATION_CASES.length).toBeGreaterThanOrEqual(40);
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

  // Issue 26: a verdict two honest readers agree on.
  const lowOrMedium = CALIBRATION_CASES.filter(
    (c) => c.expected.level === "low" || c.expected.level === "medium",
  );

  it("gives every low or medium case a cautious reader's answers", () => {
    expect(lowOrMedium.filter((c) => !c.cautious).map((c) => c.id)).toEqual([]);
  });

  it.each(lowOrMedium.map((c) => [c.id, c] as const))(
    "%s: the cautious reader decides the same or one step more severe, never decline",
    (_, c) => {
      expect(runCautiousReader(c)?.problems).toEqual([]);
    },
  );

  it("notices a cautious reader one step too severe", () => {
    const desk = lowOrMedium.find((c) => c.id === "translation-arbitration-bundle")!;
    // A known listing where the confident reader answered "no": proceed → decline.
    const harsh = { ...desk, cautious: { listed_in_china: "yes" } };
    expect(runCautiousReader(harsh)?.problems).toEqual(
      expect.arrayContaining(["the cautious reader's answers decline"]),
    );
  });

  describe('sensitivity: each answer of each case moved to "don\'t know" in turn', () => {
    const report = sensitivity(CALIBRATION_CASES);

    it("never ends in decline", () => {
      expect(report.moves).toBeGreaterThan(1000);
      expect(report.toDecline).toEqual([]);
    });

    it("moves the decision by at most one step on questions that are not key questions", () => {
      expect(report.large.filter((m) => !m.key)).toEqual([]);
    });
  });
});
