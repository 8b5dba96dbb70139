import { describe, expect, it } from "vitest";

import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";
import { evaluateRisk } from "@/lib/risk/evaluate-risk";

import { getChecklist } from "../registry";
import { answersSchema } from "../schema";

import { migrateAnswers2026_1to2026_2 } from "./2026.1-to-2026.2";
import { migrateAnswersToCurrent } from "./migrate";

// Kept forever: the railway answers as a 2026.1 assessment stored them.
const answers2026_1 = railwayBeforeSigning;

describe("migration 2026.1 → 2026.2", () => {
  it("carries every 2026.1 answer over unchanged and names the two new margin questions", () => {
    const before = structuredClone(answers2026_1);
    const result = migrateAnswers2026_1to2026_2(answers2026_1);
    expect(result.answers).toEqual(answers2026_1);
    expect(result.newOrChanged).toEqual(["expected_margin", "usual_margin"]);
    expect(answers2026_1).toEqual(before);
  });

  it("gives answers that are valid for 2026.2 and score the railway case the same", () => {
    const { answers, reviewQuestions } = migrateAnswersToCurrent("2026.1", answers2026_1, "2026.2");
    expect(answersSchema(getChecklist("2026.2"), { complete: true }).safeParse(answers).success).toBe(true);
    expect(reviewQuestions).toEqual(["expected_margin", "usual_margin"]);
    const date = { date: "2026-11-28" };
    const old = evaluateRisk(getChecklist("2026.1"), answers2026_1, date);
    const migrated = evaluateRisk(getChecklist("2026.2"), answers, date);
    expect(migrated.level).toBe(old.level);
    expect(migrated.flags.map((f) => f.slug)).toEqual(old.flags.map((f) => f.slug));
  });

  it("drops an answer that no longer fits a question and marks that question for review", () => {
    const { answers, reviewQuestions } = migrateAnswersToCurrent(
      "2026.1",
      { ...answers2026_1, payment_source: "barter" },
      "2026.2",
    );
    expect(answers.payment_source).toBeUndefined();
    expect(reviewQuestions).toContain("payment_source");
  });
});

describe("checklist 2026.2 margins", () => {
  const checklist = getChecklist("2026.2");
  const raised = (expected: number, usual: number) =>
    evaluateRisk(
      checklist,
      { expected_margin: expected, usual_margin: usual },
      { date: "2026-11-28" },
    ).flags.find((f) => f.slug === "price_above_market");

  it("raises price_above_market (high) on the railway margins, 85 % against a usual 18 %", () => {
    expect(raised(85, 18)?.inherent).toBe("high");
  });

  it("needs both double the usual margin and 40 points above it", () => {
    expect(raised(10, 4)).toBeUndefined();
    expect(raised(55, 35)).toBeUndefined();
    expect(raised(60, 20)).toBeDefined();
    expect(raised(59, 20)).toBeUndefined();
  });

  it("does not fire when either margin is unknown", () => {
    const summary = evaluateRisk(
      checklist,
      { expected_margin: 85, usual_margin: "unknown" },
      { date: "2026-11-28" },
    );
    expect(summary.flags.map((f) => f.slug)).not.toContain("price_above_market");
  });
});
