// One calibration case evaluated as the app would evaluate it, and every way it misses its
// expectation, in words; shared by the table test and `npm run bench` (the confusion matrix).
import { isAnswered, visibleQuestions } from "@/lib/checklist/conditions";
import { getChecklist } from "@/lib/checklist/registry";
import { type Decision, DECISIONS, type Level } from "@/lib/checklist/types";

import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import { assessmentReadiness } from "@/lib/risk/readiness";
import type { CalibrationCase } from "./case";

/** The date every case is evaluated on (the engine never reads the clock). */
export const CALIBRATION_DATE = "2026-12-01";

export interface CalibrationResult {
  id: string;
  got: { level: Level; decision: Decision; reporting: boolean };
  /** Empty when the case passes. */
  problems: string[];
}

const missing = (label: string, ids: readonly string[]) =>
  ids.length > 0 ? [`${label}: ${ids.join(", ")}`] : [];

export function runCalibrationCase(c: CalibrationCase): CalibrationResult {
  const checklist = getChecklist(c.checklistVersion);
  const visible = visibleQuestions(checklist, c.answers);
  const shown = new Set(visible.map((q) => q.id));
  const summary = evaluateRisk(checklist, c.answers, { date: CALIBRATION_DATE });
  const raised = new Set(summary.flags.map((f) => f.slug));
  const got = { level: summary.level, decision: summary.decision, reporting: summary.reporting.advised };
  const { expected } = c;
  const problems = [
    // The answers must be what the form would hold: every shown question answered, nothing hidden.
    ...missing(
      "visible questions left unanswered",
      visible.filter((q) => !isAnswered(c.answers[q.id])).map((q) => q.id),
    ),
    ...missing(
      "answers to questions the checklist hides",
      Object.keys(c.answers).filter((id) => !shown.has(id)),
    ),
    ...missing(
      "not ready for a verdict, missing",
      assessmentReadiness(checklist, c.answers).missing.map((m) => m.question),
    ),
    ...(got.level !== expected.level ? [`level ${got.level}, expected ${expected.level}`] : []),
    ...(got.decision !== expected.decision
      ? [`decision ${got.decision}, expected ${expected.decision}`]
      : []),
    ...(got.reporting !== expected.reporting
      ? [`reporting ${got.reporting ? "advised" : "not advised"}, expected the opposite`]
      : []),
    ...missing(
      "flags not raised",
      c.mustRaise.filter((f) => !raised.has(f)),
    ),
    ...missing(
      "flags raised that must not be",
      c.mustNotRaise.filter((f) => raised.has(f)),
    ),
    ...missing(
      "approvals not listed",
      (expected.approvals ?? []).filter((a) => !summary.approvals.some((x) => x.id === a)),
    ),
    ...missing(
      "conditions not listed",
      (expected.conditions ?? []).filter((id) => !summary.conditions.some((x) => x.control === id)),
    ),
  ];
  return { id: c.id, got, problems };
}

export interface ReaderAgreement {
  id: string;
  confident: Decision;
  cautious: Decision;
  /** Decision steps from the confident to the cautious reader's decision. */
  steps: number;
  /** Empty when the cautious reader agrees: the same decision or one step more severe, never decline, and a whole form. */
  problems: string[];
}

/** The cautious reader's answers of a low or medium case against the confident reader's (issue 26). */
export function runCautiousReader(c: CalibrationCase): ReaderAgreement | null {
  if (!c.cautious) return null;
  const checklist = getChecklist(c.checklistVersion);
  const answers = { ...c.answers, ...c.cautious };
  const confident = evaluateRisk(checklist, c.answers, { date: CALIBRATION_DATE }).decision;
  const cautious = evaluateRisk(checklist, answers, { date: CALIBRATION_DATE }).decision;
  const steps = DECISIONS.indexOf(cautious) - DECISIONS.indexOf(confident);
  const unanswered = visibleQuestions(checklist, answers).filter((q) => !isAnswered(answers[q.id]));
  return {
    id: c.id,
    confident,
    cautious,
    steps,
    problems: [
      ...(steps < 0 || steps > 1 ? [`cautious ${cautious}, confident ${confident}: ${steps} steps`] : []),
      ...(cautious === "decline" ? ["the cautious reader's answers decline"] : []),
      ...missing(
        "cautious answers leave visible questions unanswered",
        unanswered.map((q) => q.id),
      ),
    ],
  };
}
