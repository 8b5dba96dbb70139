// Zod schemas derived from a checklist definition (the single source of truth for answers): one
// for a whole answers object (import of files), one per section (one form step). Every issue
// message is a message KEY (validation.*) that the UI translates; min/max issues carry the bound
// in `params` ({ min } / { max }).
import * as z from "@/lib/base/zod";

import { VALIDATION_KEYS, type ValidationCode } from "./messages";
import type { AnswerValue, Checklist, Question, SectionId } from "./types";
import { NOT_APPLICABLE, UNKNOWN } from "./types";

export { isQuestionVisible, visibleQuestions } from "./conditions";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const COUNTRY = /^[A-Z]{2}$/;

function isValidDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

type Problem = { code: ValidationCode; params?: Record<string, number> };

/** Why a value is not a valid answer to the question, or null. `undefined` means unanswered. */
export function answerProblem(q: Question, value: unknown): Problem | null {
  const missing = value === undefined || (typeof value === "string" && value.trim() === "");
  if (missing) return q.required ? { code: "required" } : null;
  if (value === UNKNOWN) return q.allowUnknown ? null : { code: "option" };
  if (value === NOT_APPLICABLE || (Array.isArray(value) && value.length === 1 && value[0] === NOT_APPLICABLE))
    return q.allowNotApplicable && (q.kind === "multiChoice") === Array.isArray(value)
      ? null
      : { code: "option" };
  switch (q.kind) {
    case "yesNo":
      return value === "yes" || value === "no" ? null : { code: "option" };
    case "singleChoice":
      return typeof value === "string" && q.options.includes(value) ? null : { code: "option" };
    case "multiChoice": {
      if (!Array.isArray(value) || value.length === 0)
        return q.required ? { code: "required" } : { code: "option" };
      const items: unknown[] = value;
      if (items.length === 1 && items[0] === UNKNOWN && q.allowUnknown) return null;
      if (
        items.length > 1 &&
        (items.includes("none") || items.includes(UNKNOWN) || items.includes(NOT_APPLICABLE))
      )
        return { code: "exclusive" };
      if (!items.every((v) => typeof v === "string" && q.options.includes(v))) return { code: "option" };
      return new Set(items).size === items.length ? null : { code: "option" };
    }
    case "number": {
      if (typeof value !== "number" || !Number.isFinite(value)) return { code: "number" };
      if (q.integer && !Number.isInteger(value)) return { code: "integer" };
      if (q.min !== undefined && value < q.min) return { code: "min", params: { min: q.min } };
      if (q.max !== undefined && value > q.max) return { code: "max", params: { max: q.max } };
      return null;
    }
    case "text":
    case "longText":
      if (typeof value !== "string") return { code: "option" };
      return q.maxLength !== undefined && value.length > q.maxLength
        ? { code: "too_long", params: { max: q.maxLength } }
        : null;
    case "country":
      return typeof value === "string" && COUNTRY.test(value) ? null : { code: "country" };
    case "date":
      return typeof value === "string" && isValidDate(value) ? null : { code: "date" };
  }
}

/** The schema of one answer value (undefined = unanswered, allowed unless required). */
export function answerSchema(q: Question) {
  const value = z.unknown().check(
    z.superRefine((v, ctx) => {
      const problem = answerProblem(q, v);
      if (problem)
        ctx.addIssue({ code: "custom", message: VALIDATION_KEYS[problem.code], params: problem.params });
    }),
  ) as z.ZodMiniType<AnswerValue | undefined>;
  return q.required ? value : z.optional(value);
}

function shapeOf(questions: readonly Question[]) {
  return Object.fromEntries(questions.map((q) => [q.id, answerSchema(q)]));
}

/** One form step: the questions of one section; other keys pass through untouched. */
export function sectionAnswersSchema(checklist: Checklist, sectionId: SectionId) {
  const section = checklist.sections.find((s) => s.id === sectionId);
  if (!section) throw new Error(`Checklist ${checklist.version} has no section ${sectionId}`);
  return z.looseObject(shapeOf(section.questions));
}

/**
 * A whole answers object (import). Unknown question ids are rejected. Required questions are
 * enforced only with `{ complete: true }`, since drafts are exported and imported too.
 */
export function answersSchema(checklist: Checklist, options: { complete?: boolean } = {}) {
  const questions = checklist.sections.flatMap((s) =>
    s.questions.map((q): Question => (options.complete ? q : { ...q, required: false })),
  );
  return z.strictObject(shapeOf(questions), { error: VALIDATION_KEYS.unknown_question });
}
