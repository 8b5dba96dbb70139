// The sensitivity of the verdict to one "don't know" (issue 26): for every calibration case, each
// answered question in turn is moved to "don't know" (its uncertain answer) and the case is
// evaluated again. A move that changes the decision by two steps or more, or that ends in decline,
// means one uncertain answer decides severity, which two honest readers would not agree on.
import { effectiveAnswers, isAnswered, isUnknownAnswer, visibleQuestions } from "@/lib/checklist/conditions";
import { getChecklist } from "@/lib/checklist/registry";
import { type AnswerValue, type Decision, DECISIONS, type Question, UNKNOWN } from "@/lib/checklist/types";

import { evaluateRisk } from "@/lib/risk/evaluate-risk";
import type { CalibrationCase } from "./case";
import { CALIBRATION_DATE } from "./run";

export interface SensitiveMove {
  case: string;
  question: string;
  /** A key question, or a required one (the kind of work: "don't know" there asks everything). */
  key: boolean;
  from: Decision;
  to: Decision;
  /** Decision steps (proceed → proceed with conditions → escalate → decline), signed. */
  steps: number;
}

/** The uncertain answer of a question ("don't know"), or undefined when it offers none. */
export function uncertainAnswer(q: Question): AnswerValue | undefined {
  if (!q.allowUnknown) return undefined;
  return q.kind === "multiChoice" ? [UNKNOWN] : UNKNOWN;
}

export const decisionSteps = (from: Decision, to: Decision) =>
  DECISIONS.indexOf(to) - DECISIONS.indexOf(from);

/** Every single move of one case's answers to "don't know", with the decision it gives. */
export function singleUnknownMoves(c: CalibrationCase): SensitiveMove[] {
  const checklist = getChecklist(c.checklistVersion);
  const base = evaluateRisk(checklist, c.answers, { date: CALIBRATION_DATE }).decision;
  const effective = effectiveAnswers(checklist, c.answers);
  return visibleQuestions(checklist, c.answers).flatMap((q): SensitiveMove[] => {
    const value = effective[q.id];
    const uncertain = uncertainAnswer(q);
    if (uncertain === undefined || !isAnswered(value) || isUnknownAnswer(value)) return [];
    const to = evaluateRisk(
      checklist,
      { ...c.answers, [q.id]: uncertain },
      { date: CALIBRATION_DATE },
    ).decision;
    return [
      {
        case: c.id,
        question: q.id,
        key: q.key === true || q.required === true,
        from: base,
        to,
        steps: decisionSteps(base, to),
      },
    ];
  });
}

export interface SensitivityReport {
  moves: number;
  /** Moves making the decision two steps or more more severe: one "don't know" deciding severity. */
  large: SensitiveMove[];
  /** Moves making it two steps or more less severe: the fact that decided it became "don't know". */
  down: SensitiveMove[];
  /** Moves that end in decline from a decision that was not decline. */
  toDecline: SensitiveMove[];
  /** Questions behind the large moves, with how many moves each. */
  byQuestion: { question: string; key: boolean; moves: number }[];
}

export function sensitivity(cases: readonly CalibrationCase[]): SensitivityReport {
  const all = cases.flatMap(singleUnknownMoves);
  const large = all.filter((m) => m.steps >= 2);
  const down = all.filter((m) => m.steps <= -2);
  const toDecline = all.filter((m) => m.to === "decline" && m.from !== "decline");
  const counts = new Map<string, { question: string; key: boolean; moves: number }>();
  for (const m of large) {
    const entry = counts.get(m.question) ?? { question: m.question, key: m.key, moves: 0 };
    entry.moves++;
    counts.set(m.question, entry);
  }
  return {
    moves: all.length,
    large,
    down,
    toDecline,
    byQuestion: [...counts.values()].sort(
      (a, b) => b.moves - a.moves || a.question.localeCompare(b.question),
    ),
  };
}
