// "What would change the verdict": the smallest sets of answers the company itself controls (its
// scope, where data is stored and processed, whose equipment, who directs fieldwork, what is
// delivered, approvals obtained) that would bring a high or critical level down, each with the
// level and decision it would reach. Found by the pure engine: one evaluation with every safer
// answer at once (nothing lower is reachable if that is not lower); then a search over the checklist's
// `companyControlled` answers only, by growing set size, keeping only minimal sets, within a fixed
// budget of evaluations; if none fits, "all of them" shrunk one answer at a time to a minimal set.
// Facts about the counterparty are never among them.
import { effectiveAnswers, isQuestionVisible } from "@/lib/checklist/conditions";
import {
  type AnswerValue,
  type Answers,
  type Checklist,
  compareLevel,
  type ControlledAnswer,
  type Decision,
  type Level,
} from "@/lib/checklist/types";

import { evaluateRisk, type RiskSummary } from "./evaluate-risk";

export interface VerdictChange {
  /** The changed answers, by question id, in checklist order. */
  answers: Record<string, AnswerValue>;
  level: Level;
  decision: Decision;
}

export const WHAT_WOULD_CHANGE_BUDGET = { maxSetSize: 3, maxEvaluations: 40, maxResults: 5 } as const;

function saferAnswer(change: ControlledAnswer, current: AnswerValue | undefined): AnswerValue | undefined {
  if ("to" in change) return JSON.stringify(current) === JSON.stringify(change.to) ? undefined : change.to;
  if (!Array.isArray(current)) return undefined;
  const kept = current.filter((v) => !change.drop.includes(v));
  if (kept.length === current.length) return undefined;
  return kept.length > 0 ? kept : ["none"];
}

/** The lowest level "what would change" is offered from: high, or what the version declares (2026.4: medium). */
export function whatWouldChangeFrom(checklist: Checklist): Level {
  return checklist.whatWouldChangeFrom ?? "high";
}

/**
 * The minimal changes within the company's control that lower `summary.level` (from high, or
 * the version's `whatWouldChangeFrom`; otherwise none), best first (lowest level reached, then
 * fewest answers changed).
 */
export function whatWouldChange(
  checklist: Checklist,
  answers: Answers,
  summary: RiskSummary,
  budget = WHAT_WOULD_CHANGE_BUDGET,
): VerdictChange[] {
  if (compareLevel(summary.level, whatWouldChangeFrom(checklist)) < 0 || !checklist.companyControlled)
    return [];
  return searchChanges(checklist, checklist.companyControlled, answers, summary, budget);
}

/**
 * 2026.4 on, when nothing the company controls lowers the level: which of the counterparty's
 * answers (or the results of checks on it) would, together with the company's own.
 */
export function counterpartyWouldChange(
  checklist: Checklist,
  answers: Answers,
  summary: RiskSummary,
  budget = WHAT_WOULD_CHANGE_BUDGET,
): VerdictChange[] {
  if (compareLevel(summary.level, whatWouldChangeFrom(checklist)) < 0 || !checklist.counterpartyAnswers)
    return [];
  const theirs = searchChanges(checklist, checklist.counterpartyAnswers, answers, summary, budget);
  if (theirs.length > 0) return theirs;
  // Only both sides together: the counterparty's answers with every safer answer of the company's.
  return searchChanges(
    checklist,
    [...checklist.counterpartyAnswers, ...(checklist.companyControlled ?? [])],
    answers,
    summary,
    budget,
  );
}

function searchChanges(
  checklist: Checklist,
  controlled: readonly ControlledAnswer[],
  answers: Answers,
  summary: RiskSummary,
  budget: typeof WHAT_WOULD_CHANGE_BUDGET,
): VerdictChange[] {
  const effective = effectiveAnswers(checklist, answers);
  const visible = new Set(
    checklist.sections.flatMap((s) =>
      s.questions.filter((q) => isQuestionVisible(q, effective)).map((q) => q.id),
    ),
  );
  const candidates = controlled.flatMap((change) => {
    if (!visible.has(change.question)) return [];
    const to = saferAnswer(change, effective[change.question]);
    return to === undefined ? [] : [{ question: change.question, to }];
  });

  // Safer answers never raise a flag, so if all of them together leave the level where it is, no
  // subset lowers it: one evaluation settles the cases (like the railway case) the counterparty decides.
  const all: Answers = { ...answers };
  for (const c of candidates) all[c.question] = c.to;
  const together = evaluateRisk(checklist, all, { date: summary.date });
  if (compareLevel(together.level, summary.level) >= 0) return [];

  const found: { picks: number[]; change: VerdictChange }[] = [];
  let evaluations = 1;
  const isSuperset = (picks: readonly number[]) => found.some((f) => f.picks.every((i) => picks.includes(i)));
  // Index sets of size k in lexicographic order.
  function* combinations(k: number, start = 0, prefix: number[] = []): Generator<number[]> {
    if (prefix.length === k) return yield prefix;
    for (let i = start; i < candidates.length; i++) yield* combinations(k, i + 1, [...prefix, i]);
  }
  search: for (let size = 1; size <= budget.maxSetSize; size++) {
    for (const picks of combinations(size)) {
      if (isSuperset(picks)) continue;
      if (evaluations >= budget.maxEvaluations) break search;
      evaluations++;
      const changed: Answers = { ...answers };
      for (const i of picks) changed[candidates[i]!.question] = candidates[i]!.to;
      const result = evaluateRisk(checklist, changed, { date: summary.date });
      if (compareLevel(result.level, summary.level) < 0)
        found.push({
          picks,
          change: {
            answers: Object.fromEntries(picks.map((i) => [candidates[i]!.question, candidates[i]!.to])),
            level: result.level,
            decision: result.decision,
          },
        });
    }
  }
  if (found.length === 0) {
    // No small set within the budget: shrink "all of them" to a minimal set that still gets there.
    let kept = candidates.map((_, i) => i);
    for (const i of [...kept]) {
      const without = kept.filter((k) => k !== i);
      const trial: Answers = { ...answers };
      for (const k of without) trial[candidates[k]!.question] = candidates[k]!.to;
      if (compareLevel(evaluateRisk(checklist, trial, { date: summary.date }).level, together.level) <= 0)
        kept = without;
    }
    const changed: Answers = { ...answers };
    for (const k of kept) changed[candidates[k]!.question] = candidates[k]!.to;
    const result = evaluateRisk(checklist, changed, { date: summary.date });
    found.push({
      picks: kept,
      change: {
        answers: Object.fromEntries(kept.map((k) => [candidates[k]!.question, candidates[k]!.to])),
        level: result.level,
        decision: result.decision,
      },
    });
  }
  return found
    .sort((a, b) => compareLevel(a.change.level, b.change.level) || a.picks.length - b.picks.length)
    .slice(0, budget.maxResults)
    .map((f) => f.change);
}
