import { describe, expect, it } from "vitest";

import { getChecklist } from "@/lib/checklist/registry";
import type { Answers } from "@/lib/checklist/types";

import { changedAnswerIds, diffSummaries } from "./compare";
import { evaluateRisk } from "./evaluate-risk";
import { railwayBeforeSigning } from "@/test/fixtures/risk/railway";

const checklist = getChecklist("2026.2");
const run = (answers: Answers) => evaluateRisk(checklist, answers, { date: "2026-11-28" });

describe("comparing assessments", () => {
  it("lists flags added, removed and with a changed severity, and the answers that changed", () => {
    const earlier = run(railwayBeforeSigning);
    const laterAnswers = {
      ...railwayBeforeSigning,
      price_vs_market: 140,
      remote_access: "yes",
      data_categories: ["cii_operations"],
    };
    const diff = diffSummaries(earlier, run(laterAnswers));
    expect(diff.changed).toContainEqual({ slug: "price_above_market", from: "high", to: "elevated" });
    expect(diff.removed).toContain("radio_signal_data");
    expect(diff.added).toContain("remote_access_request");
    const order = checklist.sections.flatMap((s) => s.questions.map((q) => q.id));
    expect(changedAnswerIds(railwayBeforeSigning, laterAnswers, order)).toEqual([
      "data_categories",
      "remote_access",
      "price_vs_market",
    ]);
  });
});
