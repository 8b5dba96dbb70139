// Finds, by walking the definition, answers that make a trigger fire: used by the integrity test
// ("every flag can be raised by some answer") without a hand-written list. Each condition is
// turned into alternative partial assignments (disjunctive normal form), combined with the
// conditions that make the question and its parents visible; the caller verifies candidates
// with the real engine, so the search may over-approximate (a `not` is satisfied by absence).
import type { AnswerValue, Answers, Checklist, Condition, Question } from "./types";
import { UNKNOWN } from "./types";

type Constraint =
  | { kind: "value"; value: string }
  | { kind: "items"; items: string[] }
  | { kind: "range"; min: number; max: number };
type Assignment = Record<string, Constraint>;

function merge(a: Assignment, b: Assignment): Assignment | null {
  const out: Assignment = { ...a };
  for (const [id, c] of Object.entries(b)) {
    const prev = out[id];
    if (!prev) out[id] = c;
    else if (prev.kind === "value" && c.kind === "value" && prev.value === c.value) continue;
    else if (prev.kind === "items" && c.kind === "items")
      out[id] = { kind: "items", items: [...new Set([...prev.items, ...c.items])] };
    else if (prev.kind === "range" && c.kind === "range") {
      const range = {
        kind: "range" as const,
        min: Math.max(prev.min, c.min),
        max: Math.min(prev.max, c.max),
      };
      if (range.min > range.max) return null;
      out[id] = range;
    } else return null;
  }
  return out;
}

function product(lists: Assignment[][]): Assignment[] {
  return lists.reduce<Assignment[]>(
    (acc, list) =>
      acc.flatMap((a) =>
        list.flatMap((b) => {
          const merged = merge(a, b);
          return merged ? [merged] : [];
        }),
      ),
    [{}],
  );
}

function solve(condition: Condition, self?: string): Assignment[] {
  if ("all" in condition) return product(condition.all.map((c) => solve(c, self)));
  if ("any" in condition) return condition.any.flatMap((c) => solve(c, self));
  if ("not" in condition) return [{}];
  const id = condition.question ?? self ?? "";
  if ("unresolved" in condition) return [{ [id]: { kind: "value", value: UNKNOWN } }];
  if ("equals" in condition) return [{ [id]: { kind: "value", value: condition.equals } }];
  if ("oneOf" in condition) return condition.oneOf.map((v) => ({ [id]: { kind: "value", value: v } }));
  if ("includes" in condition) return [{ [id]: { kind: "items", items: [condition.includes] } }];
  if ("includesAny" in condition)
    return condition.includesAny.map((v) => ({ [id]: { kind: "items", items: [v] } }));
  if ("exceeds" in condition)
    return [
      {
        [id]: { kind: "range", min: condition.exceeds.by, max: Infinity },
        [condition.exceeds.question]: { kind: "range", min: 0, max: 0 },
      },
    ];
  if ("gte" in condition) return [{ [id]: { kind: "range", min: condition.gte, max: Infinity } }];
  if ("gt" in condition) return [{ [id]: { kind: "range", min: condition.gt + 1, max: Infinity } }];
  return [{ [id]: { kind: "range", min: -Infinity, max: condition.lte } }];
}

function toValue(c: Constraint): AnswerValue {
  switch (c.kind) {
    case "value":
      return c.value;
    case "items":
      return c.items;
    case "range":
      return Number.isFinite(c.min) ? c.min : Math.max(0, c.max);
  }
}

/** Candidate answer sets under which `question` is visible and `when` holds (unverified). */
export function candidateAnswers(checklist: Checklist, question: Question, when: Condition): Answers[] {
  const byId = new Map(checklist.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)));
  // Each question's visibility is solved once, when it first appears in an assignment (solving it
  // again at every depth multiplied the alternatives of every earlier condition), and identical
  // assignments are kept once.
  const withVisibility = (
    assignments: Assignment[],
    expanded: ReadonlySet<string>,
    depth: number,
  ): Assignment[] => {
    if (depth > 8) return assignments;
    const seen = new Set<string>();
    return assignments.flatMap((a) => {
      const fresh = Object.keys(a).filter((id) => !expanded.has(id));
      const conditions = fresh.flatMap((id) => byId.get(id)?.showWhen ?? []);
      if (conditions.length === 0) return [a];
      const next = new Set([...expanded, ...fresh]);
      return withVisibility(product([[a], ...conditions.map((c) => solve(c))]), next, depth + 1).filter(
        (e) => {
          const key = JSON.stringify(e);
          return !seen.has(key) && seen.add(key);
        },
      );
    });
  };
  const start = product([solve(when, question.id), question.showWhen ? solve(question.showWhen) : [{}]]);
  return withVisibility(start, new Set(), 0).map((a) =>
    Object.fromEntries(Object.entries(a).map(([id, c]) => [id, toValue(c)])),
  );
}
