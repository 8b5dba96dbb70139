// Which summary a reader is shown: a completed assessment's frozen summary, never recomputed; a
// draft's evaluation of its current answers on `today`.
import type { Assessment } from "@/lib/assessment/assessment";
import type { Checklist } from "@/lib/checklist/types";
import { evaluateRisk, type RiskSummary } from "@/lib/risk/evaluate-risk";

export function summaryOf(assessment: Assessment, checklist: Checklist, today: string): RiskSummary {
  return assessment.summary ?? evaluateRisk(checklist, assessment.answers, { date: today });
}
