// Evaluation of the condition language of types.ts, and visibility of questions. A hidden
// question's answer does not exist for anything downstream: conditions, triggers and the engine
// all read `effectiveAnswers`, which drops answers to hidden questions (in definition order, so a
// question hidden because its parent is hidden is hidden too).
import type { AnswerValue, Answers, Checklist, Condition, Question } from "./types";
import { UNKNOWN } from "./types";

export function isUnknownAnswer(value: AnswerValue | undefined): boolean {
  return value === UNKNOWN || (Array.isArray(value) && value.length === 1 && value[0] === UNKNOWN);
}

/** Answered: a non-empty value. "Don't know" counts as an answer (it is listed as an unknown). */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number") return Number.isFinite(value);
  return value.length > 0;
}

function asList(value: AnswerValue | undefined): readonly string[] {
  if (Array.isArray(value)) return value;
  return typeof value === "string" ? [value] : [];
}

/**
 * Evaluates a condition. `self` is the question a trigger is declared on; leaves without
 * `question` refer to it. A leaf on an unanswered question is false (except `unresolved`).
 */
export function evaluateCondition(condition: Condition, answers: Answers, self?: string): boolean {
  if ("all" in condition) return condition.all.every((c) => evaluateCondition(c, answers, self));
  if ("any" in condition) return condition.any.some((c) => evaluateCondition(c, answers, self));
  if ("not" in condition) return !evaluateCondition(condition.not, answers, self);
  const id = condition.question ?? self;
  if (id === undefined) throw new Error(`Condition without a question: ${JSON.stringify(condition)}`);
  const value = answers[id];
  if ("unresolved" in condition) return !isAnswered(value) || isUnknownAnswer(value);
  if ("equals" in condition) return value === condition.equals;
  if ("oneOf" in condition) return typeof value === "string" && condition.oneOf.includes(value);
  if ("includes" in condition) return asList(value).includes(condition.includes);
  if ("includesAny" in condition) return asList(value).some((v) => condition.includesAny.includes(v));
  if (typeof value !== "number") return false;
  if ("exceeds" in condition) {
    const other = answers[condition.exceeds.question];
    if (typeof other !== "number") return false;
    return value >= other * condition.exceeds.factor && value - other >= condition.exceeds.by;
  }
  if ("gte" in condition) return value >= condition.gte;
  if ("gt" in condition) return value > condition.gt;
  return value <= condition.lte;
}

/** Whether a question is shown, given answers that already exclude hidden questions. */
export function isQuestionVisible(question: Question, answers: Answers): boolean {
  return question.showWhen === undefined || evaluateCondition(question.showWhen, answers);
}

/** The answers with every hidden question's answer removed. Does not mutate its input. */
export function effectiveAnswers(checklist: Checklist, answers: Answers): Answers {
  const out: Answers = {};
  for (const section of checklist.sections) {
    for (const q of section.questions) {
      const value = answers[q.id];
      if (value !== undefined && isQuestionVisible(q, out)) out[q.id] = value;
    }
  }
  return out;
}

/** The questions shown for these answers, in definition order. */
export function visibleQuestions(checklist: Checklist, answers: Answers): Question[] {
  const effective = effectiveAnswers(checklist, answers);
  return checklist.sections.flatMap((s) => s.questions.filter((q) => isQuestionVisible(q, effective)));
}

/** Every question of a checklist by id (memoised per checklist, which is immutable data). */
const indexes = new WeakMap<Checklist, ReadonlyMap<string, Question>>();
export function questionsById(checklist: Checklist): ReadonlyMap<string, Question> {
  let index = indexes.get(checklist);
  if (!index) {
    index = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
    indexes.set(checklist, index);
  }
  return index;
}
